namespace SeedModels.Extraction.Text
{
    /// <summary>The small closed word classes the speaker rules read: verbs, pronouns and openers of asides.</summary>
    internal static partial class Lexicon
    {
        /// <summary>Forms of <c>be</c>: a speech verb after one is passive (<c>was told</c>), not a report.</summary>
        public static readonly string[] FormsOfBe = { "was", "were", "been", "being", "is", "are", "be" };

        /// <summary>Verbs that report a retort with <c>back</c>: <c>shot back</c>, <c>fired back</c>.</summary>
        public static readonly string[] RetortVerbs = { "shot", "fired", "hit", "snapped", "pushed", "wrote", "struck" };

        /// <summary>Verbs that report speech beside a quote although they are not plain speech verbs (<c>“…,” Varga assured her</c>).</summary>
        public static readonly string[] QuoteReportingVerbs =
        {
            "assured", "assures", "reminded", "reminds", "confessed", "confesses", "exhorted", "gloated", "gloats", "remembered", "reacted",
        };

        /// <summary>Verbs that report speech with a particle after them: <c>went on</c>, <c>pointed out</c>.</summary>
        public static readonly string[] GoesOnForms = { "went", "goes" };

        public static readonly string[] PointsOutForms = { "pointed", "points" };

        /// <summary><c>put</c> in <c>as X put it</c>, which reports speech.</summary>
        public static readonly string[] PutForms = { "put", "puts" };

        /// <summary>
        /// A cleft after a quote points back at it before naming who spoke: <c>That was how Varga put it</c>, <c>This is what
        /// Varga told us</c>. The demonstratives, then the wh-words after <c>was</c>/<c>is</c>.
        /// </summary>
        public static readonly string[] CleftDemonstratives = { "That", "This", "Which", "Such" };

        public static readonly string[] CleftWhWords = { "how", "what", "why", "when" };

        /// <summary>Possessive pronouns: a speech verb after one is a noun (<c>her claims</c>).</summary>
        public static readonly string[] PossessivePronouns = { "its", "his", "her", "their", "our", "my", "your" };

        /// <summary>
        /// Abbreviated titles and the role noun a description uses for their holder (<c>Sen. Jo Bloggs</c> is <c>the senator</c>),
        /// in pairs: the title, then its role.
        /// </summary>
        private static readonly string[] TitleRolePairs =
        {
            "sen", "senator", "rep", "representative", "gov", "governor", "gen", "general", "lt", "lieutenant", "sgt", "sergeant",
            "det", "detective", "insp", "inspector", "supt", "superintendent", "capt", "captain", "col", "colonel", "maj", "major",
            "atty", "attorney", "cmdr", "commander", "adm", "admiral", "prof", "professor", "cllr", "councillor", "coun", "councillor",
        };

        /// <summary>The role noun an abbreviated title stands for (<c>senator</c> for <c>sen</c>), else the lower-case word itself.</summary>
        public static string RoleOfTitle(string lower)
        {
            for (var k = 0; k < TitleRolePairs.Length; k += 2)
            {
                if (string.Equals(TitleRolePairs[k], lower, System.StringComparison.Ordinal))
                {
                    return TitleRolePairs[k + 1];
                }
            }

            return lower;
        }

        /// <summary>
        /// Words in a description of an office holder that tell no office (<c>the former Benwick senator</c> is still a
        /// <c>Benwick senator</c>): time, tenure and party.
        /// </summary>
        public static readonly WordSet RoleQualifiersOfNoOffice = Set(@"
            former then current longtime long-time veteran onetime one-time late new retired outgoing incoming sitting acting
            interim embattled republican democratic democrat independent gop");

        /// <summary>Who speaks for an organisation: <c>a spokesman for Acme</c> is Acme's voice.</summary>
        public static readonly string[] VoicesOfAnOrganisation = { "spokesperson", "spokesman", "spokeswoman", "representative", "statement" };

        /// <summary>Adverbs of time and manner that open an aside (<c>, again falsely,</c>, <c>, later alleging …,</c>).</summary>
        public static readonly string[] AsideAdverbs = { "again", "later", "then", "also", "still", "now", "once", "even", "too", "often", "previously", "earlier" };

        /// <summary>Words that open an aside rather than a subject (<c>, in Benwick,</c>, <c>, who owns it,</c>).</summary>
        public static readonly string[] AsideOpeners = { "who", "which", "whose", "including", "like", "as", "citing", "speaking", "according" };

        /// <summary>Days and parts of a day that may stand between a subject and its verb (<c>Varga Thursday night told</c>).</summary>
        /// <summary>Words that stand for unnamed people (<c>said one</c>, <c>others said</c>): never a speaker.</summary>
        public static readonly WordSet IndefiniteSpeakers = Set("one another others someone somebody anyone anybody some many few several both all each");

        /// <summary>Words that open places' names before a word that may be a given name (<c>South Carolina</c>, <c>New Jersey</c>).</summary>
        public static readonly WordSet PlaceNamePrefixes = Set("north south east west northern southern eastern western central new upper lower");

        /// <summary>Words that open a comparison before a sentence's subject (<c>Like Varga, Pike said</c>): the name after them does not speak.</summary>
        public static readonly WordSet ComparisonOpeners = Set("like unlike");

        /// <summary>Words that open a sentence before a name without being part of it (<c>Maybe Varga was right</c>, <c>Like Varga, …</c>).</summary>
        public static readonly WordSet SentenceOpenersBeforeNames = Set(@"
            maybe perhaps like unlike besides given plus even both top several many few most only just indeed instead except
            including especially unless until whether whereas why what where who how two three four five six seven eight nine ten");

        public static readonly WordSet Weekdays = Set("monday tuesday wednesday thursday friday saturday sunday");

        public static readonly WordSet PartsOfDay = Set("morning afternoon evening night");

        /// <summary>Adverbs of time that close a sentence's opening phrase (<c>Hours later,</c>, <c>Two weeks ago,</c>).</summary>
        public static readonly WordSet OpeningTimeAdverbs = Set("later earlier ago afterward afterwards");

        /// <summary>Conjunctions and adverbs that open a sentence before its subject with no comma (<c>But Varga said</c>, <c>Now Varga is</c>).</summary>
        public static readonly WordSet OpeningConjunctions = Set("and but yet so now then still also");

        /// <summary>People a possessive ties to someone else (<c>his son</c>, <c>her aide</c>): not that someone.</summary>
        public static readonly WordSet RelativesAndAssociates = Set(@"
            wife husband son daughter mother father brother sister parents children family friend friends colleague colleagues
            aide aides boss partner attorney counsel staff spokesman spokeswoman spokesperson lawyer adviser advisor");

        /// <summary>
        /// Nouns of kin and company that introduce a person by a first name alone (<c>my neighbour Dilys</c>, <c>his wife,
        /// Maria,</c>): the one word after them is a person's name, though no list knows it. Female and male ones tell
        /// <c>she</c> and <c>he</c>.
        /// </summary>
        public static readonly WordSet FemaleKin = Set("wife daughter mother sister grandmother granddaughter aunt niece girlfriend fiancée fiancee widow stepmother stepdaughter");

        /// <summary><see cref="FemaleKin"/>'s male counterparts.</summary>
        public static readonly WordSet MaleKin = Set("husband son father brother grandfather grandson uncle nephew boyfriend fiancé fiance widower stepfather stepson");

        /// <summary><see cref="FemaleKin"/>'s counterparts that tell no gender.</summary>
        public static readonly WordSet OtherKin = Set("neighbour neighbor friend partner cousin colleague flatmate roommate classmate granddad grandma grandpa mum dad");

        /// <summary>Relative pronouns: <c>said Varga, who …</c> ends the name before them.</summary>
        public static readonly string[] RelativePronouns = { "who", "which", "whose", "that" };
    }
}
