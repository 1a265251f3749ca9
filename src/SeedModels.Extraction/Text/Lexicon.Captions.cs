namespace SeedModels.Extraction.Text
{
    /// <summary>The words of image captions and their credits.</summary>
    internal static partial class Lexicon
    {
        /// <summary>
        /// Labels that open a credit (<c>Photo: Jane Roe</c>, <c>Image Credits: Agency</c>, <c>Photo by Jane Roe</c>,
        /// <c>Copyright Agency</c>, <c>PHOTO | JANE ROE</c>); longer ones first where one opens another.
        /// </summary>
        public static readonly Prefixes CaptionLabels = new Prefixes(
            "Image credits:", "Image credit:", "Image Credits:", "Image source:", "Image:", "Images:", "Photo credits:", "Photo credit:",
            "Photo illustration:", "Photo:", "Photos:", "Photographs:", "Photograph:", "Picture:", "Pictures:", "Pic:", "Pics:",
            "Credits:", "Credit:", "Foto:", "Credit\u2026", "Credit...", "Source:", "Video:", "Illustration:", "Graphic:", "Courtesy:",
            "Photography:", "Photo by", "Photos by", "Pic by", "Pics by", "Photography by", "Photograph by", "Photographs by", "Picture by", "Pictures by", "Image by", "Illustration by", "Chart by", "Graphic by", "Map by",
            "Photo courtesy of", "Photos courtesy of", "Images courtesy of", "Image courtesy of", "Image via", "Photo via", "Screengrab:", "Screenshot:", "Screengrab via", "Screenshot via", "Picture courtesy of", "Photo courtesy:", "Photos courtesy:", "Image courtesy:", "Picture courtesy:", "Photo courtesy", "Image courtesy", "Courtesy of", "Submitted by", "Supplied by", "Copyright", "\u00A9", "Photo / ", "Image / ", "Picture / ", "Video / ", "Photo/", "Photos/", "PHOTO/", "Pic/", "Picture/", "Image/", "Photo | ", "Photos | ", "Image | ", "PHOTO | ", "PHOTOS | ", "IMAGE | ",
            "Image source,", "Image copyright", "Media source,", "Photographer:", "Photographers:", "Photo Credit:", "Photo Credits:",
            "Image Credit:", "Picture Credit:", "Picture credit:", "PHOTO:", "PHOTOS:", "IMAGE:", "PICTURE:", "CREDIT:", "SOURCE:", "PHOTO CREDIT:");

        /// <summary>A stock or archive picture's whole caption, alone on its line (<c>Representative image</c>, <c>File photo</c>).</summary>
        public static readonly PhraseSet StandInPictureCaptions = new PhraseSet(@"
            representative image | representational image | representative photo | representational photo | representative picture |
            image for representation | image used for representation | photo for representation | file photo | file image | file picture |
            representative image. | representational image. | file photo.");

        /// <summary>
        /// Labels of the credits a meta row closes with after its date (<c>· Words: Jo Roe · Photos: Tom Poe</c>): who wrote and
        /// who photographed, no date.
        /// </summary>
        public static readonly WordSet CreditPartLabels = Set("words text story photos photo pictures images photography video");

        /// <summary>
        /// Words a story's sentence uses and a caption's hardly ever does, written lower-case: reported speech, the future and
        /// the conditional, and the reader or a group addressed (<c>… will stay shut, the council said.</c>).
        /// </summary>
        public static readonly WordSet StoryVoiceWords = Set("said says told tells will would can could should might must shall won't wouldn't can't cannot couldn't you your we our us");

        /// <summary>
        /// Pronouns that point back to something the story named before (<c>They will also restore …</c>): a caption stands
        /// alone under its picture and does not open with one.
        /// </summary>
        public static readonly WordSet BackReferringSubjects = Set("he she they it");

        /// <summary>Auxiliaries and modals: written lower-case in a line, they make it a clause, which a caption placing someone is not.</summary>
        public static readonly WordSet AuxiliaryVerbs = Set("is are was were be been being has have had do does did will would can could may might must should shall");

        /// <summary>
        /// Words after which a caption opens a noun phrase (<c>at the</c>, <c>after the</c>, <c>and her</c>): an article
        /// after any other lower-case word follows a verb (<c>at the time opposed the plan</c>).
        /// </summary>
        public static readonly WordSet NounPhraseLeaders = Set(@"
            in at of from for with to by near on into onto across outside inside around via under over behind beside
            besides between among amid during after before above below beneath against through throughout toward towards
            about alongside past off up down along beyond within without upon like including and or nor all both");

        /// <summary>Articles and possessives that open a noun phrase.</summary>
        public static readonly WordSet NounPhraseOpeners = Set("a an the his her their its our my your");

        /// <summary>How a picture's alternative text opens (<c>Photo of the harbour at dawn</c>): a line alone that opens so is a caption.</summary>
        public static readonly Prefixes AltTextOpeners = new Prefixes(
            "Photo of ", "Photograph of ", "Picture of ", "Image of ", "Screenshot of ", "Illustration of ", "A photo of ", "A photograph of ",
            "A picture of ", "An image of ", "A screenshot of ", "An illustration of ", "File photo of ", "Aerial view of ", "An aerial view of ");

        /// <summary>
        /// Labels of a document's own lines (<c>Signed: Jo Roe, Registrar (Protocol)</c>, <c>Media contact: …</c>): a line opening
        /// with one closes a statement or release and is no caption, though a bracket ends it.
        /// </summary>
        public static readonly Prefixes DocumentLabels = new Prefixes(
            "Signed:", "Sgd:", "Contact:", "Media contact:", "Press contact:", "Media enquiries:", "Enquiries:",
            "Issued by:", "Note to editors:", "Notes to editors:");

        /// <summary>Caption labels that also open a link to a video or graphic (<c>VIDEO: How the pier was built</c>).</summary>
        public static readonly Prefixes MediaLinkLabels = new Prefixes("Video:", "Videos:", "Watch:", "Graphic:", "Video / ", "VIDEO:", "WATCH:", "Photos:", "PHOTOS:");

        /// <summary>
        /// Labels before a caption's own text (<c>Image caption, Divers search the harbour</c>, <c>Caption: …</c>); a credit's
        /// label may come first on the same line (<c>Image copyright Agency Image caption …</c>).
        /// </summary>
        public static readonly Prefixes CaptionTextLabels = new Prefixes(
            "Image caption,", "Image caption:", "Image caption", "Media caption,", "Media caption:", "Media caption", "Photo caption:",
            "Picture caption:", "Caption:");

        /// <summary>
        /// Labels that say "credit" outright, or who took the picture, so they mark a credit wherever they stand in a caption
        /// line, not only after the caption's full stop (<c>Leaderboard view Image Credits: Agency</c>, <c>Water on Mill Lane
        /// Image: Agency</c>, <c>Rock pools at low tide Photo by Jane Roe</c>); without a colon a credit's shape must follow.
        /// </summary>
        public static readonly Prefixes StrongCaptionLabels = new Prefixes(
            "Image credits:", "Image credit:", "Image Credits:", "Photo credits:", "Photo credit:", "Credit\u2026", "Credit...", "Copyright", "\u00A9", "Photo:", "Photograph:", "Photo Credit:", "Photo Credits:",
            "Image Credit:", "Photographer:", "Credit:", "Credits:", "Image:", "Images:", "Picture:", "Pictures:",
            "Photo by", "Photos by", "Photograph by", "Picture by", "Image by");

        /// <summary>
        /// Strong labels that name the picture rather than its credit (<c>Image:</c>, <c>Picture:</c>): inside a line they mark a
        /// credit only when what follows is shaped like one (<c>… Image: Calderdale Echo</c>, not <c>… called Picture: A Town in
        /// Numbers and is free online.</c>).
        /// </summary>
        public static readonly Prefixes PictureLabels = new Prefixes("Image:", "Images:", "Picture:", "Pictures:");

        /// <summary>
        /// Where a caption places its people in the picture (<c>Jane Roe (left)</c>, <c>(pictured)</c>): in parentheses,
        /// only captions say this.
        /// </summary>
        public static readonly PhraseSet PicturePositions = new PhraseSet(@"
            left | right | centre | center | pictured | top | bottom | inset | above | below | far left | far right |
            second left | second right | second from left | second from right | centre left | centre right | center left |
            center right | top left | top right | bottom left | bottom right | left to right | from left | l-r | file photo |
            main picture | main image | front | back | rear");

        /// <summary>
        /// What a link or a headline announces in brackets (<c>(VIDEO)</c>, <c>(Photos)</c>, <c>(LIVE)</c>): not a credit.
        /// </summary>
        public static readonly PhraseSet MediaMarkers = new PhraseSet(@"
            video | videos | photo | photos | picture | pictures | gallery | watch | live | audio | listen | podcast | update |
            updated | updates | poll | map | maps | graphic | graphics | chart | charts | interactive | opinion | analysis |
            exclusive | explainer | breaking | new | sponsored | paid post | ad | advertisement | pics | video and photos |
            photos and video");

        /// <summary>
        /// Last words of an organisation's name that credits a picture alone under its caption: <c>Veldra Press Agency</c>,
        /// <c>Harbour Board Archive</c>, <c>Marrow Photography</c>.
        /// </summary>
        public static readonly WordSet OrganisationCreditWords = Set("agency press photography photographers images pictures studio studios archive archives collection collections library museum");

        /// <summary>A picture's own words in a credit saying how it came: <c>Supplied photo</c>, <c>Photo provided</c>.</summary>
        public static readonly WordSet PictureWords = Set("photo photos picture pictures image images photograph photographs pic");

        /// <summary>How a picture came to the paper, in a credit without a name: <c>Submitted photo</c>, <c>Photo courtesy</c>.</summary>
        public static readonly WordSet PhotoProvisionWords = Set("supplied submitted contributed provided courtesy handout staff");

        /// <summary>
        /// Whose or which store a picture came from, credited so after its caption (<c>… in 2019. File photo</c>, <c>Family
        /// photo</c>); words a description may hold too, so they only credit beside a picture's word.
        /// </summary>
        public static readonly WordSet PictureOriginWords = Set("file family archive");

        /// <summary>
        /// Sources a credit names without a label (<c>… in the harbour. Supplied</c>, <c>(Handout)</c>): stock libraries,
        /// handouts and the words photographers' credits use.
        /// </summary>
        public static readonly WordSet CreditSources = Set(@"
            getty images image photo photos photograph photographer picture pictures pic supplied handout handouts contributed
            file courtesy stringer pool shutterstock alamy istock istockphoto unsplash pexels pixabay wireimage filmmagic
            splash rex wenn zuma sipa abaca mediapunch sopa pa epa aap afp ap reuters bloomberg anadolu dpa efe ansa
            xinhua kyodo upi nurphoto lightrocket contributor contributors collection archive archives via");
    }
}
