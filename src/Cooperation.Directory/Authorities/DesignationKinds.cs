using Cooperation.Law;
using Cooperation.Requests;

namespace Cooperation.Directory.Authorities;

/// <summary>Which request kinds a designation under a provision covers.</summary>
internal static class DesignationKinds
{
    public static IEnumerable<RequestKind> For(ArticleCitation designation)
    {
        var instrument = designation.Instrument.IsProtocol ? null : designation.Instrument;
        var article = designation.Article;
        if (instrument == Instrument.Untoc)
        {
            switch (article)
            {
                case 16: yield return RequestKind.Extradition; break;
                case 17: yield return RequestKind.TransferOfSentencedPersons; break;
                case 21: yield return RequestKind.TransferOfProceedings; break;
                case 13: yield return RequestKind.ConfiscationCooperation; break;
                case 18:
                    // Art. 13(3): art. 18 applies mutatis mutandis to confiscation requests, so the central
                    // authority receives them too.
                    yield return RequestKind.MutualLegalAssistance;
                    yield return RequestKind.ConfiscationCooperation;
                    break;
            }
        }
        else if (instrument == Instrument.Uncac)
        {
            switch (article)
            {
                case 44: yield return RequestKind.Extradition; break;
                case 45: yield return RequestKind.TransferOfSentencedPersons; break;
                case 47: yield return RequestKind.TransferOfProceedings; break;
                case 55: yield return RequestKind.ConfiscationCooperation; break;
                case 46:
                    yield return RequestKind.MutualLegalAssistance;
                    yield return RequestKind.ConfiscationCooperation;
                    break;
            }
        }
        else if (instrument == Instrument.DrugConvention1988)
        {
            switch (article)
            {
                case 6: yield return RequestKind.Extradition; break;
                case 7: yield return RequestKind.MutualLegalAssistance; break;
                case 5: yield return RequestKind.ConfiscationCooperation; break;
                case 8: yield return RequestKind.TransferOfProceedings; break;
            }
        }
    }
}
