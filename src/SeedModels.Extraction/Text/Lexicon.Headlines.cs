namespace SeedModels.Extraction.Text
{
    /// <summary>The words of the furniture a copied page may print above its headline.</summary>
    internal static partial class Lexicon
    {
        /// <summary>
        /// Labels a page prints before a headline that promotes a video or audio piece (<c>WATCH: Mayor opens the pier</c>);
        /// alone in the body the same line is furniture.
        /// </summary>
        public static readonly Prefixes HeadlineMediaLabels = new Prefixes("WATCH:", "LISTEN:", "PODCAST:");

        /// <summary>A headline's second sentence promising the story (<c>We closed our office. Here is what happened.</c>).</summary>
        public static readonly Prefixes HeadlinePromises = new Prefixes(
            "Here is what", "Here's what", "Here\u2019s what", "Here is why", "Here's why", "Here\u2019s why", "Here is how", "Here's how", "Here\u2019s how",
            "Here are ", "Here is the ", "Here's the ", "Here\u2019s the ", "This is what", "This is why", "This is how");

        /// <summary>
        /// Whole lines a site's template prints at the top of every page, over the headline: links that skip or open its
        /// navigation, its social prompt, its accessibility links (<c>Connect with us</c>, <c>Accessibility links</c>).
        /// </summary>
        public static readonly PhraseSet PageTopLines = new PhraseSet(@"
            connect with us | stay connected | accessibility links | accessibility | skip to content | skip to main content |
            skip to navigation | skip to footer | skip navigation | main navigation | navigation | main menu | primary menu |
            site navigation | open navigation | close navigation | search this site | type to search | total pageviews |
            not currently logged in | you are not logged in");

        /// <summary>
        /// Openings of the label of a blog's archive page over the post it lists (<c>Archive for November 27th, 2026</c>,
        /// <c>Archives for Local News</c>): the post's title follows.
        /// </summary>
        public static readonly Prefixes ArchivePageLabels = new Prefixes("Archive for ", "Archives for ", "Archive of ", "Monthly archives:", "Daily archives:", "Yearly archives:", "Category archives:", "Tag archives:");

        /// <summary>
        /// The word that closes the alternative text of a site's logo, copied over the headline (<c>Westhaven Courier logo</c>,
        /// <c>print logo</c>, <c>LOGO</c>).
        /// </summary>
        public const string LogoWord = "logo";

        /// <summary>Entries of a blog's or small site's own menu (<c>Home</c>, <c>About</c>, <c>Archive</c>, <c>Subscribe</c>).</summary>
        public static readonly WordSet SiteMenuWords = Set("home about archive archives subscribe contact posts tags blog search shop categories menu login newsletter");

        /// <summary>
        /// Words of a section's name, a kicker or a breadcrumb set above the headline (<c>Politics</c>, <c>Breaking News</c>,
        /// <c>EXCLUSIVE</c>, <c>Home &gt; News &gt; Local</c>): a line of only these words is no headline when a headline follows.
        /// </summary>
        public static readonly WordSet SectionWords = Set(@"
            home news events latest breaking exclusive live update updated updates developing opinion analysis comment commentary
            editorial editorials letters review reviews explainer explained feature features interview podcast sponsored
            partner watch video videos photos gallery local national world international politics political government
            business economy markets money finance personal sport sports football soccer cricket rugby tennis golf
            technology tech science health wellness climate environment education culture arts entertainment celebrity
            lifestyle travel food style fashion property motoring cars weather crime courts justice investigations
            investigation obituaries top stories story trending us uk europe asia africa americas australia canada india
            middle east report special fact check long read and & real estate family parenting fitness beauty homes home garden
            jobs careers metro nation region regional community faith religion media books music film films movies tv
            television theatre theater gaming games outdoors nature wildlife agriculture farming rural energy transport autos
            motors startups companies industry retail tourism aviation legal law columns columnists blogs blog blogging post insights voices
            ideas life living society people offbeat showbiz celebrities weekend schools ireland scotland wales england new
            zealand nz south africa nigeria kenya singapore pacific asia-pacific latest stories must reads press release
            releases for immediate statement advisory embargoed album albums recipes");

        /// <summary>Headline words that call the story a review, whose <c>Reviewed by</c> line names its critic.</summary>
        public static readonly WordSet ReviewWords = Set("review reviews");
    }
}
