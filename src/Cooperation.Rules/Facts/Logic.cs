namespace Cooperation.Rules.Facts;

/// <summary>Three-valued logic (Kleene): <see langword="null"/> is "unknown", and stays unknown unless the known values decide.</summary>
internal static class Logic
{
    public static bool? And(params bool?[] values) =>
        values.Any(v => v == false) ? false : values.Any(v => v is null) ? null : true;

    public static bool? Or(params bool?[] values) =>
        values.Any(v => v == true) ? true : values.Any(v => v is null) ? null : false;

    public static string Text(bool? value) => value switch { true => "true", false => "false", null => "unknown" };
}
