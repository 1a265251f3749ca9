using System.Linq;
using Xunit;
using static SeedModels.Tests.EngineTestSupport;

namespace SeedModels.Tests
{
    /// <summary>
    /// A company whose name ends with what it runs or makes (<c>Buses</c>, <c>Networks</c>, <c>Ferries</c>, <c>Logistics</c>,
    /// <c>Construction</c>) is an organisation, so <c>the company said</c> names it (and <c>the regulator</c>, <c>the broadcaster</c>, <c>the lender</c>… as the noun of its trade); an office over such a word
    /// (<c>Head of Communications</c>) stays no speaker of its own. Invented companies.
    /// </summary>
    public class CompanyNameTests
    {
        [Theory]
        [InlineData("Moorcroft Buses")]
        [InlineData("Eastgrid Networks")]
        [InlineData("Calder Ferries")]
        [InlineData("Tarnside Logistics")]
        [InlineData("Okonkwo Construction")]
        public void TheCompanyIsTheCompanyNamedBefore(string company)
        {
            var quotes = QuotesWithSpeakers(
                company + " confirmed on Tuesday that the Sunday service would end in April.",
                "The company said passenger numbers had \u201Cnever recovered\u201D since the pandemic.");

            Assert.Equal(company, quotes.Single().Speaker);
        }

        [Theory]
        [InlineData("Northmere Energy Authority", "regulator")]
        [InlineData("Calder Valley Broadcasting Corporation", "broadcaster")]
        [InlineData("Harwick Savings Bank", "lender")]
        [InlineData("Tarnside Water Utility Board", "utility")]
        public void TheNounOfItsTradeStandsForTheOrganisationNamedBefore(string organisation, string noun)
        {
            // "the regulator said", "the broadcaster said": business and public-service news refers back to an organisation
            // by what it does.
            var quotes = QuotesWithSpeakers(
                organisation + " confirmed on Tuesday that charges would rise in April.",
                "The " + noun + " said the rise was \u201Cthe smallest in a decade\u201D for most customers.");

            Assert.Equal(organisation, quotes.Single().Speaker);
        }

        [Theory]
        [InlineData("The Kestrel Water Authority", "authority")]
        [InlineData("Tarnside District Council", "council")]
        public void TheNounANameEndsWithStandsForItThoughAnotherOrganisationCameLater(string organisation, string noun)
        {
            // "… told The Benwick Tribune": the paper named last is not "the authority"; the organisation whose name ends with
            // the noun is.
            var quotes = QuotesWithSpeakers(
                organisation + " will add tankers from Monday, an official told The Benwick Tribune on Sunday.",
                "The " + noun + " said residents could book tankers \u201Cfree of charge for the first three trips\u201D.");

            Assert.Equal(organisation.StartsWith("The ", System.StringComparison.Ordinal) ? organisation.Substring(4) : organisation, quotes.Single().Speaker);
        }

        [Theory]
        [InlineData("Local cycling group Tarnside Spokes", "group")]
        [InlineData("The charity Open Hands Kestrel", "charity")]
        public void ANameIntroducedByItsKindIsThatOrganisation(string introduction, string noun)
        {
            // "cycling group Tarnside Spokes said …. “…,” the group wrote.": the noun before the name tells it is an organisation,
            // though no word of the name does (the station named after it is not who wrote).
            var quotes = QuotesWithSpeakers(
                introduction + " said it had asked the city for a protected bike lane for three years.",
                "A spokesperson for Kestrel Valley News declined to comment on the footage.",
                "\u201CHow many more of these before something changes?\u201D the " + noun + " wrote.");

            Assert.Equal(introduction.Substring(introduction.IndexOf(noun, System.StringComparison.Ordinal) + noun.Length + 1), quotes.Single().Speaker);
        }

        [Fact]
        public void AnOfficeNamingADepartmentIsNoCompany()
        {
            var quotes = QuotesWithSpeakers(
                "\u201CWe expect full service by Friday,\u201D said Head of Corporate Communications at the port, who asked not to be named.");

            Assert.NotEqual("Head of Corporate Communications", quotes.Single().Speaker);
        }
    }
}
