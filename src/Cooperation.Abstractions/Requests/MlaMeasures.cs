using Cooperation.Law;

namespace Cooperation.Requests;

/// <summary>Where each <see cref="MlaMeasure"/> is written in each instrument.</summary>
public static class MlaMeasures
{
    // UNTOC 18(3) and UNCAC 46(3) share letters (a)-(i); UNCAC adds (j) and (k).
    // The 1988 Convention art. 7(2)(a)-(g) lists fewer purposes, in its own order, and leaves the rest to
    // art. 7(3) ("other forms of mutual legal assistance allowed by the domestic law of the requested Party").
    private static readonly char[] UntocLetters = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i'];

    /// <summary>
    /// Gets the provision that lists the measure as a purpose of mutual legal assistance under an instrument, or
    /// <see langword="null"/> when the instrument does not list it.
    /// </summary>
    /// <param name="measure">The measure.</param>
    /// <param name="instrument">The instrument: UNTOC or one of its Protocols (which apply UNTOC art. 18 <i>mutatis mutandis</i>), UNCAC or the 1988 Convention.</param>
    /// <returns>The citation, for example <c>UNTOC art. 18(3)(a)</c>, or <see langword="null"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="instrument"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="measure"/> is not a defined value.</exception>
    public static ArticleCitation? Citation(MlaMeasure measure, Instrument instrument)
    {
        ArgumentNullException.ThrowIfNull(instrument);
        if (!Enum.IsDefined(measure))
        {
            throw new ArgumentOutOfRangeException(nameof(measure), measure, "Not a defined MLA measure.");
        }

        var index = (int)measure - 1;
        if (instrument == Instrument.Uncac)
        {
            return ArticleCitation.Create(Instrument.Uncac, 46, 3, (char)('a' + index));
        }

        if (instrument == Instrument.DrugConvention1988)
        {
            char? letter = measure switch
            {
                MlaMeasure.TakingEvidence => 'a',
                MlaMeasure.ServiceOfJudicialDocuments => 'b',
                MlaMeasure.SearchSeizureAndFreezing => 'c',
                MlaMeasure.ExaminingObjectsAndSites => 'd',
                MlaMeasure.InformationEvidenceAndExpertEvaluations => 'e',
                MlaMeasure.DocumentsAndRecords => 'f',
                MlaMeasure.IdentifyingOrTracingProceeds => 'g',
                _ => null,
            };
            return letter is char l ? ArticleCitation.Create(instrument, 7, 2, l)
                : measure == MlaMeasure.OtherAssistance ? ArticleCitation.Create(instrument, 7, 3)
                : null;
        }

        return index < UntocLetters.Length ? ArticleCitation.Create(Instrument.Untoc, 18, 3, UntocLetters[index]) : null;
    }
}
