namespace Graph.Tests.Shared;

/// <summary>A few sentences in ANERcorp's CoNLL layout, written for the tests (no ANERcorp text is in the repository); the
/// last sentence is the one training keeps aside at a third.</summary>
internal static class ConllSample
{
    public const string Text = """
        قال O
        الرئيس O
        المصري O
        حسني B-PERS
        مبارك I-PERS
        في O
        القاهرة B-LOC
        إن O
        جامعة B-ORG
        الدول I-ORG
        العربية I-ORG
        ستجتمع O
        . O

        واستقبل O
        كوفي B-PERS
        أنان I-PERS
        وفد O
        منظمة B-ORG
        الصحة I-ORG
        العالمية I-ORG
        في O
        نيويورك B-LOC
        أمس O
        . O

        وزار O
        جاك B-PERS
        شيراك I-PERS
        بيروت B-LOC
        ودمشق B-LOC
        . O

        """;
}
