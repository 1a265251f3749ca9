namespace SeedModels.Extraction.Text
{
    /// <summary>The words of bylines: their labels, the news agencies that sign stories, and the words of job titles.</summary>
    internal static partial class Lexicon
    {
        /// <summary>Labels that open a byline (<c>By Jane Doe</c>, <c>Written by Jane Doe</c>, <c>Author: Jane Doe</c>).</summary>
        public static readonly Prefixes BylineLabels = new Prefixes(
            "By", "Written by", "Posted by", "Words by", "Story by", "Text by", "Reported by", "Report by", "Published by",
            "Author", "Authors", "Byline", "Words", "Text", "Reporter", "Reporters", "Contributor", "Contributors", "Writer", "Words and pictures by",
            "Words and photos by", "Opinion by", "Analysis by", "Commentary by", "Column by", "Essay by", "Guest post by", "A guest post by",
            "Guest column by", "Interview by");

        /// <summary>What others did to a story, after its byline (<c>By Jane Doe | Edited by John Roe</c>): they are no authors.</summary>
        public static readonly WordSet EditorialVerbs = Set("edited reviewed produced fact-checked verified photographed illustrated designed translated");

        /// <summary>Honorifics a byline may print before the author's name (<c>Dr. Jane Doe</c>): not part of the author.</summary>
        public static readonly WordSet BylineHonorifics = Set("dr prof professor mr mrs ms miss mx rev reverend");

        /// <summary>
        /// News agencies, which sign wire stories as an author would (<c>By Associated Press</c>, <c>AFP, PARIS</c>) and
        /// appear as photo credits. The wire services of the English-language press, not publishers.
        /// </summary>
        public static readonly PhraseSet Agencies = new PhraseSet(@"
            associated press | the associated press | ap | reuters | thomson reuters | afp | agence france-presse |
            agence france presse | aap | australian associated press | pa | pa media | press association | pa wire |
            bloomberg | bloomberg news | dpa | deutsche presse-agentur | efe | ansa | xinhua | kyodo | kyodo news | upi |
            united press international | ians | pti | press trust of india | ani | asian news international |
            canadian press | the canadian press | cp | tass | yonhap | anadolu | anadolu agency | bernama | sapa |
            african news agency | ana | nzpa | apa | wire services | agencies | news agencies | staff and agencies |
            agencies and staff");

        /// <summary>
        /// Words that describe a job in front of its title word (<c>Political Correspondent</c>, <c>Senior Health
        /// Reporter</c>): with <see cref="Roles"/>, they end a byline's names.
        /// </summary>
        public static readonly WordSet RoleModifiers = Set(@"
            political politics senior chief deputy assistant associate contributing staff freelance foreign home affairs
            health education science technology tech environment environmental climate crime security defence defense
            diplomatic entertainment fashion food travel arts culture music film sport sports royal legal medical social
            consumer property motoring transport business economics economy finance financial markets money personal
            investigative special national international regional local city state county community breaking digital
            executive managing general news weekend evening morning night political world europe europe's us uk global
            north south east west northern southern eastern western lead principal head features feature opinion
            commissioning desk data visual video audio photo picture investigations parliamentary westminster
            washington white house courts justice energy agriculture rural farming weather wildlife nature space
            religion religious property media culture theatre theater books literary games gaming motor cars
            junior editorial associate supervising acting interim multimedia social");

        /// <summary>
        /// Words of newspaper titles (<c>The Kettering Herald</c>): a "name" holding one is a publication, never a person, so
        /// <c>By Jane Doe, Kettering Herald</c> names one author.
        /// </summary>
        public static readonly WordSet PublicationWords = Set(@"
            herald gazette tribune chronicle courier observer telegraph echo journal examiner inquirer enquirer sentinel
            dispatch bulletin weekly daily magazine argus advertiser citizen beacon guardian mirror independent newsletter
            newspaper gazzetta ledger register messenger clarion banner recorder standard");

        /// <summary>
        /// Words that end an organisation's byline (<c>By Metro Staff</c>, <c>By Desk Staff Report</c>): the whole phrase
        /// is the author.
        /// </summary>
        public static readonly WordSet StaffWords = Set("staff report reports reporter reporters writer writers desk team newsroom editors editor bureau wire service");
    }
}
