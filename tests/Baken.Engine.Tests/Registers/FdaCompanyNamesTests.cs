using Baken.Engine.Registers;

namespace Baken.Engine.Tests.Registers;

public sealed class FdaCompanyNamesTests
{
    [Theory]
    [InlineData("GE Medical Systems, LLC", "GE Medical Systems, LLC", FdaCompanyMatch.Exact)]
    [InlineData("Ge Medical Systems, LLC", "GE  medical systems, llc", FdaCompanyMatch.Normalised)]
    [InlineData("\t\nAnkon Technologies co., ltd", "Ankon Technologies Co., Ltd", FdaCompanyMatch.Normalised)]
    [InlineData("Scopio Labs , Ltd.", "Scopio Labs Ltd.", FdaCompanyMatch.Variant)]
    [InlineData("Scopio Labs , Ltd.", "Scopio Labs", FdaCompanyMatch.Variant)]
    [InlineData("Empatica S.R.L.", "Empatica srl", FdaCompanyMatch.Variant)]
    [InlineData("RaySearch Laboratories AB (PUBL)", "RaySearch Laboratories", FdaCompanyMatch.Variant)]
    [InlineData("Shanghai United Imaging Healthcare Co., Ltd.", "Shanghai United Imaging Healthcare", FdaCompanyMatch.Variant)]
    [InlineData("Eko.Ai Pte Ltd. D/B/A Us2.Ai", "Us2.ai", FdaCompanyMatch.Variant)]
    [InlineData("Eko.Ai Pte Ltd. D/B/A Us2.Ai", "Eko.ai Pte. Ltd.", FdaCompanyMatch.Variant)]
    [InlineData("Orthosoft Inc. (d/b/a) Zimmer CAS", "Zimmer CAS", FdaCompanyMatch.Variant)]
    [InlineData("Siemens Medical Solutions USA, Inc.", "Siemens Healthineers AG", FdaCompanyMatch.None)]
    [InlineData("Siemens Medical Solutions USA, Inc.", "Siemens Medical Solutions", FdaCompanyMatch.None)]
    [InlineData("GE Medical Systems, LLC", "GE Healthcare", FdaCompanyMatch.None)]
    [InlineData("GE Medical Systems, LLC", "", FdaCompanyMatch.None)]
    [InlineData("GE Medical Systems, LLC", null, FdaCompanyMatch.None)]
    public void Match_GivesTheClosestLevel(string listed, string? typed, FdaCompanyMatch expected)
    {
        Assert.Equal(expected, FdaCompanyNames.Match(listed, typed));
    }

    [Theory]
    [InlineData("Medicrea International S.A.S. (Medtronic)", "medicrea international s a s medtronic")]
    [InlineData("Vendor A", "vendor a")]
    [InlineData("Co., Ltd.", "co ltd")]
    [InlineData("Acme GmbH & Co. KG", "acme")]
    public void Cores_DropOnlyTrailingLegalForms(string name, string core)
    {
        Assert.Equal([core], FdaCompanyNames.Cores(name));
    }
}
