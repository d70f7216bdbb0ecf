using System.Reflection;
using Cooperation.Law;

namespace Cooperation.Abstractions.Tests.Conventions;

/// <summary>The conventions of the vocabulary, checked on every public type (after NodaTime's MutabilityTest).</summary>
public class PublicSurfaceTests
{
    private static readonly Type[] PublicTypes = typeof(ArticleCitation).Assembly.GetExportedTypes();

    [Fact]
    public void EveryPublicClass_IsSealedOrStatic() =>
        Assert.All(PublicTypes.Where(t => t.IsClass && !t.IsSubclassOf(typeof(Attribute))),
            t => Assert.True(t.IsSealed || t.IsAbstract, $"{t.FullName} should be sealed or static."));

    [Fact]
    public void NoPublicType_HasAPublicSetter() =>
        Assert.All(PublicTypes.SelectMany(t => t.GetProperties(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static)),
            p => Assert.True(p.SetMethod is null || !p.SetMethod.IsPublic || IsInitOnly(p.SetMethod), $"{p.DeclaringType}.{p.Name} has a public setter."));

    [Fact]
    public void EveryPublicStruct_IsReadOnly() =>
        Assert.All(PublicTypes.Where(t => t.IsValueType && !t.IsEnum),
            t => Assert.True(t.GetCustomAttributes().Any(a => a.GetType().Name == "IsReadOnlyAttribute"), $"{t.FullName} should be a readonly struct."));

    [Fact]
    public void EveryPublicEnum_HasNoZeroValue_SoThatDefaultIsNeverAMeaningfulAnswer() =>
        Assert.All(PublicTypes.Where(t => t.IsEnum),
            t => Assert.False(Enum.IsDefined(t, Enum.ToObject(t, 0)), $"{t.FullName} defines 0."));

    private static bool IsInitOnly(MethodInfo setter) =>
        setter.ReturnParameter.GetRequiredCustomModifiers().Any(m => m.Name == "IsExternalInit");
}
