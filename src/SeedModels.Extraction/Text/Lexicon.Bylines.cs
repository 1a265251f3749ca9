namespace SeedModels.Extraction.Text
{
    /// <summary>The words of bylines: their labels, the news agencies that sign stories, and the words of job titles.</summary>
    internal static partial class Lexicon
    {
        /// <summary>Labels that open a byline (<c>By Jane Doe</c>, <c>Written by Jane Doe</c>, <c>Author: Jane Doe</c>).</summary>
        public static readonly Prefixes BylineLabels = new Prefixes(
            "By", "Written by", "Posted by", "Words by", "Story by", "Author of the article", "Article by", "Review by", "Text by", "Reported by", "Report by", "Published by",
            "Author", "Authors", "Byline", "Words", "Text", "Reporter", "Reporters", "Contributor", "Contributors", "Writer", "Words and pictures by",
            "Words and photos by", "Opinion by", "Analysis by", "Commentary by", "Column by", "Essay by", "Guest post by", "A guest post by",
            "Guest column by", "Interview by", "Submitted by", "Contributed by", "Story and photos by", "Text and photos by", "Words and photographs by",
            "Story and photographs by", "Written and photographed by", "Text and photographs by", "Text and pictures by", "Text and images by",
            "Words and images by", "Story and pictures by", "Text and photos", "Words and photos", "Story and photos",
            "Opinion", "Analysis", "Commentary", "Columnist", "Guest author", "Guest columnist", "Guest writer", "Guest contributor");

        /// <summary>
        /// The labels of <see cref="BylineLabels"/> that also head other lines (<c>Opinion: Save the library</c>): after one of
        /// them, only a person's name makes the line a byline.
        /// </summary>
        public static readonly string[] PersonOnlyBylineLabels =
        {
            "Text and photos", "Words and photos", "Story and photos", "Opinion", "Analysis", "Commentary", "Columnist", "Guest author",
            "Guest columnist", "Guest writer", "Guest contributor",
        };

        /// <summary>What others did to a story, after its byline (<c>By Jane Doe | Edited by John Roe</c>): they are no authors.</summary>
        public static readonly WordSet EditorialVerbs = Set("edited reviewed produced fact-checked verified photographed illustrated designed translated");

        /// <summary>
        /// Labels of what others did to a story that name its author when no byline in the header names anyone: a live blog's
        /// editor (<c>Edited by Jane Doe</c>). Furniture otherwise (<see cref="Structure.StandInByline"/>).
        /// </summary>
        public static readonly Prefixes StandInBylineLabels = new Prefixes("Edited by ");

        /// <summary>The label a review's critic signs with (<c>Reviewed by Jane Doe</c>), read only on a review (<see cref="Structure.StandInByline"/>).</summary>
        public static readonly Prefixes ReviewerBylineLabels = new Prefixes("Reviewed by ");

        /// <summary>
        /// A post's access badge a newsletter page sets beside the byline or date (<c>Jane Doe ∙ Paid</c>, <c>Premium</c>,
        /// <c>Subscribers only</c>): no agency, no author.
        /// </summary>
        public static readonly WordSet PostBadges = Set("paid free premium sponsored subscriber subscribers members member only exclusive");

        /// <summary>Honorifics a byline may print before the author's name (<c>Dr. Jane Doe</c>): not part of the author.</summary>
        public static readonly WordSet BylineHonorifics = Set("dr prof professor mr mrs ms miss mx rev reverend revd fr father pastor imam rabbi sr");

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
            agencies and staff | gna | ghana news agency | news agency of nigeria | kna | kenya news agency |
            associated press of pakistan | bss | unb | pna | philippine news agency | antara | wam | kuna | qna |
            inter press service | united news of india");

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
            court courts council democracy housing energy agriculture rural farming religion faith books media labour
            industry industrial aviation shipping maritime mining weather gaming trainee junior graduate multimedia
            washington white house courts justice energy agriculture rural farming weather wildlife nature space
            religion religious property media culture theatre theater books literary games gaming motor cars
            junior editorial associate supervising acting interim multimedia social web online technical
            cricket football soccer rugby tennis golf racing cycling athletics basketball baseball hockey boxing netball
            journalism initiative");

        /// <summary>
        /// Words that close a newspaper's name as often as a publication's word does (<c>Kestrel News</c>, <c>Westhaven
        /// Times</c>), but are an organisation's elsewhere: read only where a publication's name may close a byline.
        /// </summary>
        public static readonly WordSet PublicationNameWords = Set("news times post press");

        /// <summary>
        /// Words of newspaper titles (<c>The Kettering Herald</c>): a "name" holding one is a publication, never a person, so
        /// <c>By Jane Doe, Kettering Herald</c> names one author.
        /// </summary>
        public static readonly WordSet PublicationWords = Set(@"
            herald gazette tribune chronicle courier observer telegraph echo journal examiner inquirer enquirer sentinel
            dispatch bulletin weekly daily magazine argus advertiser citizen beacon guardian mirror independent newsletter
            newspaper gazzetta ledger register messenger clarion banner recorder standard blog radio broadcasting advocate");

        /// <summary>
        /// Openings of a link to the author's other stories, set beside the byline (<c>View all posts by Jane Doe</c>,
        /// <c>More articles by Jane Doe</c>): page furniture of the header.
        /// </summary>
        public static readonly Prefixes AuthorLinkOpeners = new Prefixes(
            "View all posts", "View all of ", "View all articles", "View all stories", "See all posts", "See all articles", "See all stories",
            "More articles by ", "More stories by ", "More posts by ", "More from this writer", "All posts by ", "All articles by ",
            "All stories by ", "Read more articles by ", "Read more stories by ", "Other articles by ", "Latest articles by ",
            "Latest posts by ", "Latest stories by ", "View profile", "View author profile", "Visit author page");

        /// <summary>
        /// Labels of the filing facts some systems print among the header's lines (<c>Category: Local News</c>, <c>Hits:
        /// 321</c>): page furniture, never the standfirst or the story.
        /// </summary>
        public static readonly Prefixes HeaderMetaLabels = new Prefixes(
            "Category:", "Categories:", "Section:", "Sections:", "Hits:", "Views:", "Tags:", "Topics:", "Filed under", "Filed in",
            "Posted in ", "Published in ", "Print edition:", "Word count:", "Location:");

        /// <summary>What an author's note says she does, in the present tense: <c>Jane Doe covers local government for …</c>.</summary>
        public static readonly WordSet PresentBiographyVerbs = Set("covers writes reports edits hosts presents produces");

        /// <summary>How a note under the story invites the reader to reach its author: <c>Contact Jane Doe at …</c>.</summary>
        public static readonly Prefixes AuthorInvitations = new Prefixes(
            "Contact ", "Email ", "E-mail ", "Reach ", "Follow ", "You can email ", "You can reach ", "You can follow ", "You can contact ",
            "Write to ");

        /// <summary>
        /// The jobs of a newsroom, which an author's biography in the header names (<c>Jane Doe is a senior reporter …</c>);
        /// a biography naming another job may be a sentence of the story about someone else.
        /// </summary>
        public static readonly WordSet NewsroomJobs = Set(@"
            reporter correspondent editor writer journalist columnist contributor producer photographer photojournalist
            author blogger freelancer critic commentator presenter anchor host");

        /// <summary>
        /// Labels of a magazine's credits printed without <c>by</c> (<c>Words Jane Doe</c>, <c>Photography John Roe</c>): the
        /// first word of such a line is no given name.
        /// </summary>
        public static readonly WordSet CreditLabelWords = Set("words text photography photographs photos pictures illustration illustrations styling images");

        /// <summary>
        /// Openings of a magazine's credit for the pictures, set among the header's lines (<c>Photography John Roe</c>): page
        /// furniture when a person's name follows.
        /// </summary>
        public static readonly Prefixes PictureCreditOpeners = new Prefixes(
            "Photography ", "Photographs ", "Photos ", "Pictures ", "Illustration ", "Illustrations ", "Styling ", "Images ");

        /// <summary>A link to edit the page, closing a static blog's meta row after a bar (<c>… · Jane Doe | Suggest Changes</c>).</summary>
        public static readonly PhraseSet PageEditLinks = new PhraseSet("suggest changes | suggest an edit | edit this page | edit on github | improve this page | edit page");

        /// <summary>
        /// Whole lines of the header that are furniture: the author's picture named by its alternative text (<c>Author
        /// avatar</c>), a press release's notice (<c>For immediate release</c>).
        /// </summary>
        public static readonly PhraseSet HeaderFurnitureLines = new PhraseSet(@"
            avatar | author avatar | author image | author photo | author picture | author headshot | headshot |
            profile picture | profile photo | profile image | user avatar | avatar photo | photo of the author |
            picture of the author | image of the author | for immediate release | for release | embargoed | press release |
            news release | media release | media statement | media advisory | from staff reports | staff reports | staff report |
            from staff and wire reports | staff and wire reports | from wire reports | from news services | from wire services |
            from our bureau | from our correspondent | from our special correspondent | from our staff reporter | from our reporter |
            editorial board | the editorial board | by the editorial board | by editorial board");

        /// <summary>Openings of the author picture's alternative text before the author's name (<c>Photo of Jane Doe</c>).</summary>
        public static readonly Prefixes AuthorPictureOpeners = new Prefixes(
            "Photo of ", "Picture of ", "Image of ", "Headshot of ", "Portrait of ", "Avatar of ", "Profile picture of ", "Profile photo of ",
            "Author photo of ", "Author image of ");

        /// <summary>
        /// Words that open a place's name of two or three words (<c>New Delhi</c>, <c>San Marcos</c>, <c>Port Elder</c>): after a
        /// byline's name and a comma, where the author files from, not a second author.
        /// </summary>
        public static readonly WordSet PlaceOpeners = Set("new san santa los las port fort saint st mount mt cape lake hong kuala abu tel buenos rio sao são el");

        /// <summary>
        /// The openers of <see cref="PlaceOpeners"/> that no person's name holds past its second word, so a byline's name runs
        /// no further (<c>By Jane Doe New Delhi</c>, <c>Jane Doe San Marcos</c>): without <c>st</c>, <c>el</c>, <c>los</c>,
        /// <c>las</c>, <c>hong</c>, <c>rio</c>, <c>lake</c> or <c>mount</c>, which surnames and given names hold.
        /// </summary>
        public static readonly WordSet GluedPlaceOpeners = Set("new san santa port fort cape kuala abu tel buenos sao são");

        /// <summary>Words that close a place's name (<c>Harbour City</c>, <c>Elm County</c>, <c>Cedar Falls</c>).</summary>
        public static readonly WordSet PlaceClosers = Set("city town county island islands bay beach valley springs falls heights harbour harbor park village district province state");

        /// <summary>The jobs of those who write a story, not photograph it: closing a <c>Name/Job</c> credit, they make it a byline.</summary>
        public static readonly WordSet WritersJobs = Set("writer reporter correspondent editor columnist journalist contributor");

        /// <summary>A government release's label over its issuing department, alone on its line (<c>From:</c>).</summary>
        public static readonly PhraseSet IssuerLabels = new PhraseSet("from: | issued by: | published by: | from");

        /// <summary>How a paper's own news service or desk signs a story on a line alone (<c>Express News Service</c>, <c>Westmoor Web Desk</c>).</summary>
        public static readonly PhraseSet DeskSignatureEnds = new PhraseSet("news service | news desk | web desk | news bureau | news network | digital desk | online desk");

        /// <summary>
        /// Words that end an organisation's byline (<c>By Metro Staff</c>, <c>By Desk Staff Report</c>): the whole phrase
        /// is the author.
        /// </summary>
        public static readonly WordSet StaffWords = Set("staff report reports reporter reporters writer writers desk team newsroom editors editor bureau wire service");
    }
}
