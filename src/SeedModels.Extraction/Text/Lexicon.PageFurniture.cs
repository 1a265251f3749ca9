namespace SeedModels.Extraction.Text
{
    /// <summary>
    /// Page furniture: the controls, labels and prompts a news page sets around its story (share buttons, link
    /// lists, newsletter and support prompts, ad notices, sign-offs). Generic web and newsroom vocabulary only.
    /// </summary>
    internal static partial class Lexicon
    {
        /// <summary>
        /// Words of share and action rows (<c>Share</c>, <c>Facebook Twitter Email</c>, <c>Copy link</c>): a short line made
        /// only of them is a row of buttons.
        /// </summary>
        public static readonly WordSet ShareWords = Set(@"
            share shares shared sharing tweet tweets facebook fb twitter x email e-mail mail print save saved bookmark
            bookmarks copy copied link links url reddit pinterest linkedin tumblr whatsapp telegram flipboard messenger
            sms vk bluesky threads mastodon gettr gab parler truth pocket rss feed comments comment cancel send gift
            options more show hide close listen this article story on via instagram youtube tiktok snapchat font size text
            resize viber follow us restack restacks");

        /// <summary>Share words that only a button row uses: a row needs one of them (<c>Show more</c> alone is no row).</summary>
        public static readonly WordSet ShareActionWords = Set(@"
            share shares sharing tweet facebook fb twitter email e-mail mail print bookmark copy link url reddit pinterest
            linkedin tumblr whatsapp telegram flipboard messenger sms vk bluesky mastodon gettr gab parler pocket rss restack");

        /// <summary>
        /// A match's stages as a live blog labels its entries (<c>Half-time</c>, <c>Pre-match</c>): whole lines of furniture
        /// (<see cref="FurnitureLines"/>) and, in capitals before a colon, no place of filing (<see cref="StoryLabels"/>).
        /// </summary>
        private const string MatchStagePhrases = "full-time | full time | half-time | half time | pre-match | post-match | kick-off";

        /// <summary>A match's stage closing its score line (<c>Lions 27 Sharks 24 FT</c>): full time, half time, after extra time.</summary>
        public static readonly WordSet MatchStages = Set("ft ht aet");

        /// <summary>
        /// Labels a page glues to the title of another story with no mark between (<c>Related Tenancies fall for a third
        /// year</c>): with a capitalised word after them and no sentence's end, the line is a link.
        /// </summary>
        public static readonly WordSet GluedTeaserLabels = Set("related");

        /// <summary>Whole lines that are a page's controls or labels, never the story.</summary>
        public static readonly PhraseSet FurnitureLines = new PhraseSet(MatchStagePhrases + @" |
            full bio | bio | about the author | view author archive | email the author | get author rss feed | submit |
            enlarge image | view larger image | open image | author bio | view profile | more by this author | more from this author |
            advertisement | advertising | advert | ad | sponsored | sponsored content | paid content | partner content |
            promoted | promotion | skip advertisement | skip advert | remove ads | hide ad | hide ads | hide advert |
            pin it for later | pin this for later | pin it | pin this post | save this pin |
            join the conversation | join the discussion | view comments | show comments | add a comment | leave a comment |
            comments | comment | read in app | open in app | get the app | download the app | back to video |
            play video | watch video | watch now | play | pause | mute | unmute | replay | link copied | copied |
            sign up | sign in | log in | login | register | subscribe | subscribe now | subscribed | unsubscribe |
            donate | donate now | donate today | become a member | support us | email address | enter your email |
            your email | powered by | follow us | follow | following | unfollow | i'm in | print | print this page |
            listen | listen to this article | listen to article | save | save article | saved | share | tweet | email |
            email link | copy link | share article | share story | share this article | share this story | share this |
            click to enlarge | tap to enlarge | enlarge | expand | collapse | close | adjust text size |
            text size | font size | send a news tip | contact us | newsletter | newsletters | get the newsletter |
            scroll to continue | please enable javascript | image | photo | video | gallery | view gallery |
            open gallery | photo gallery | photos gallery | image gallery | add topic | add to my topics | in this story |
            in this article | gift this article | gift article | previous post | next post | older post | newer post |
            previous story | next story | like loading | view this post on instagram | view this post on tiktok |
            newsletter sign-up | newsletter signup | click to expand | tap to expand | view image | view all | see all | see more | show more | load more | more | next | previous | previous next | prev next | next previous |
            next article | previous article | back to top | top | menu | search | home | loading | cookie settings |
            live updates | key events |
            manage cookies | accept cookies | privacy policy | terms of use | terms of service | all rights reserved |
            buy now | buy it now | buy alternative | shop now | view deal | view deals | see deal | get deal | check price |
            check prices | see price | view price | view offer | price at | available at | available from | buy from |
            enter your email address | enter email address | your email address | open image in gallery | view image in fullscreen |
            enlarge this image | toggle caption | hide caption | show caption | image caption | expand image | close modal |
            recommended | recommended for you | sponsored stories | more videos | up next | watch next |
            prev | open in new window | opens in new window | opens in a new window | this video can not be played |
            this video cannot be played | watch more | now playing | hide transcript | show transcript | view transcript |
            read full article | read full story | read the full article | want to read more? | log in to comment |
            sign in to comment | leave a reply | cancel reply | post comment | post a comment | reply | like | share full article |
            save for later | add to favourites | add to favorites | print article | audio | view slideshow | start slideshow |
            back to gallery | full screen | fullscreen | zoom | swipe for more | tap to unmute | pause video | learn more |
            send us your story | advertise with us | privacy settings | cookie policy | cookie preferences | accept | accept all |
            reject all | manage preferences | do not sell my personal information | do not sell or share my personal information |
            start your free trial | start free trial | create a free account | register for free | unlock this article |
            subscriber only | subscribers only | subscriber exclusive | cancel anytime | breaking news | live updates | watch live |
            skip ad | report an error | report a correction | leave a reply cancel reply | comments are closed | jump to recipe |
            print recipe | jump to | pin | pin it | hide | toggle | allow all cookies | copy link to clipboard | link copied to clipboard |
            click to copy | give this article | report ad | report this ad | ad feedback | feedback | send feedback |
            share your feedback | share your thoughts | open | send | photos | videos | images | watch | autoplay | expand autoplay |
            like this | bookmark the permalink | comments powered by disqus | sort by | sort by newest | sort by oldest | sort by best |
            sort by top | write a comment | write a response | turn on notifications | forgot password? | forgot your password? |
            a a a | close ad | ad choices | adchoices | privacy | terms | manage consent | report a typo | report an issue | rate this article | rate this story | rate this post |
            thank you for your feedback | thanks for your feedback | subscribe for full access | get unlimited access |
            unlimited access | keep me logged in | remember me | show password | hide password | next page | previous page |
            confirm your age | change location | add to cart | add to basket | add to bag | free shipping |
            shop the story | shop the look | return to top | open menu | close menu | toggle navigation | toggle menu |
            submit a correction | send us a tip | reprints & permissions | reprints and permissions | republish this article |
            republish this story | republish | hide comments | load comments | loading comments | view comments | be the first to comment |
            limited time offer | watch the full video | click to play | tap to play | istock | no comments | no comments yet |
            no responses yet | welcome to the discussion | stop watching this discussion | post a comment as |
            article content | speak your mind | add your voice | social share | social sharing |
            select page | always active | no cookies to display | customise consent preferences | customize consent preferences |
            no image | no image available | image not available | read the entire article here | read the entire article |
            click to check the original article | post update | share this update | load more updates | show more updates |
            show latest updates | see latest updates | pinned post | normal text size | larger text size | very large text size |
            smaller text size | increase text size | decrease text size | reset text size | transcript | add as preferred source |
            add as a preferred source | follow us add as preferred source | add us as a preferred source | read the e-paper |
            read e-paper | e-paper | epaper | read the epaper | read epaper | today's e-paper | today's paper");

        /// <summary>
        /// Labels over a list of links to other stories: the short lines after one are headlines of other pages
        /// (<c>Read more</c> / <c>Council approves budget</c>), not crossheads or body.
        /// </summary>
        public static readonly PhraseSet LinkListLabels = new PhraseSet(@"
            read more | read next | read also | also read | see also | more | more from | more on this | more on this story |
            more about | more stories | more news | related | related article | related articles | related story |
            related stories | related coverage | related content | related topics | related links | related reading |
            related news | latest news | latest stories | latest articles | top stories | top news | most read |
            most popular | most viewed | trending now | recommended for you |
            recommended stories | you may also like | you might also like | you may be interested in | don't miss |
            editor's picks | editors' picks | further reading | in case you missed it |
            what to read next | keep reading | more coverage | more headlines | explore more | tags | topics | filed under |
            categories | more in this section | read the full story | read our complete coverage | complete coverage |
            full coverage | read our full coverage | more in this series | in this series | trending | recommended videos |
            you may like | promoted stories | paid partner content | sponsored links | related posts | similar stories |
            read this next | recent posts | next up | most shared | more stories like this | popular stories | popular now |
            latest videos | featured stories | more videos like this | around the web | table of contents | contents |
            jump to section | on this page | trending stories | trending articles | editor's choice | editors' choice | editor's picks |
            popular posts | popular articles | recent articles | latest posts | more for you | more to explore | more to read |
            recommended articles | recommended reading | related reads |
            you might be interested in | recommended by | promoted links | sponsored stories | read the original |
            read the original here | read the original article | read the original story | read the full story here |
            headlines | latest headlines | top headlines | similar news | similar articles | explore more on these topics |
            explore more on this topic | more on these topics | more on this topic");

        /// <summary>
        /// A label of two words or more from <see cref="LinkListLabels"/>, or one of these words, closing a short line after a
        /// site's or a place's name: <c>Harbour Gazette Top Stories</c>, <c>Westmoor Latest News, Westmoor Headlines</c>.
        /// </summary>
        public static readonly WordSet LinkListLabelNouns = Set("headlines");

        /// <summary>
        /// Labels that, before a colon or a bar, set another story's headline on the same line (<c>Up next: …</c>,
        /// <c>Catch up | …</c>), besides the link-list labels (<c>Related stories: …</c>).
        /// </summary>
        public static readonly PhraseSet TeaserLabels = new PhraseSet("up next | catch up | don't miss | must read");

        /// <summary>
        /// Labels that, before a colon or a bar on a line in the story's body, promote another piece (<c>WATCH | The pier
        /// reopens</c>, <c>Opinion: Why the ferries must run</c>). Over the byline the same line is the page's headline, so
        /// only the body's lines are read with them.
        /// </summary>
        public static readonly PhraseSet BodyTeaserLabels = new PhraseSet("watch | listen | podcast | opinion | video");

        /// <summary>
        /// Openings of a label that names whose links follow (<c>More from The Harbour Gazette</c>, <c>More in Politics</c>,
        /// <c>Latest from Nora Quill</c>); the name after the opening must start with a capital.
        /// </summary>
        public static readonly Prefixes LinkListLabelOpeners = new Prefixes(
            "More from ", "More in ", "More stories from ", "More articles from ", "More news from ", "More by ", "Latest from ",
            "Latest in ", "Most read in ", "Most popular in ", "Top stories in ", "Also in ", "Related to ", "Recommended from ");

        /// <summary>
        /// Labels over a box of the story's main points set apart from it (<c>What you need to know:</c>, <c>Key points</c>, a live
        /// blog's <c>Key events</c>): the points on the lines right under the label are the box's, not the story's.
        /// </summary>
        public static readonly PhraseSet SummaryBoxLabels = new PhraseSet("what you need to know | key points | key takeaways | story highlights | key events");

        /// <summary>
        /// Labels over a press office's contact box under a release (<c>Media contact</c> / <c>Communications Team</c> /
        /// <c>news@…</c>): the short lines right under the label are the box's.
        /// </summary>
        public static readonly PhraseSet ContactBoxLabels = new PhraseSet(@"
            media contact | media contacts | press contact | press contacts | media enquiries | media inquiries | press enquiries |
            press inquiries | for media enquiries | for media inquiries | media relations contact");

        /// <summary>
        /// How a shopping widget's heading left in a review opens (<c>Today's best Corvane Pulse 3 deals</c>), closing on one of
        /// <see cref="DealsWidgetNouns"/>.
        /// </summary>
        public static readonly Prefixes DealsWidgetOpeners = new Prefixes("Today's best ", "Today\u2019s best ");

        /// <summary>What a shopping widget's heading offers: <c>deals</c>, <c>prices</c>.</summary>
        public static readonly WordSet DealsWidgetNouns = Set("deals prices offers");

        /// <summary>
        /// What a note closing the story says is paid for (<c>Jane Roe's reporting is funded by …</c>, <c>Local Democracy Reporting
        /// is public interest journalism funded through …</c>), before one of <see cref="FundingVerbs"/>.
        /// </summary>
        public static readonly WordSet FundedWorkWords = Set("reporting journalism coverage reporter reporters journalist journalists newsroom");

        /// <summary>How such a note says who pays: <c>funded by</c>, <c>supported through</c>, <c>underwritten by</c>.</summary>
        public static readonly WordSet FundingVerbs = Set("funded supported underwritten financed");

        /// <summary>
        /// Labels of a review's verdict box set over the story (<c>Our Verdict</c> / its summary / <c>For</c> … <c>Against</c> …):
        /// before the story's first paragraph such a label heads no section of it.
        /// </summary>
        public static readonly PhraseSet ReviewBoxLabels = new PhraseSet("our verdict | the verdict | verdict | pros | cons | for | against | pros and cons | the good | the bad | specs | specifications | key specs");

        /// <summary>The button of a newsletter box (<c>Sign up</c>): the box's title and pitch stand above it.</summary>
        public static readonly PhraseSet SignUpButtons = new PhraseSet("sign up | sign me up | subscribe | subscribe now | sign up now | join now | i'm in | count me in | get it");

        /// <summary>
        /// How a page's copyright notice opens (<c>Copyright 2024 The Herald.</c>, <c>© 2024 …</c>, <c>(c) 2024 …</c>): with a
        /// year or <c>All rights reserved</c> after it the notice closes the page; without, it credits a picture.
        /// </summary>
        public static readonly Prefixes CopyrightMarks = new Prefixes("Copyright", "\u00A9", "(c)");

        /// <summary>
        /// How a review item's verdict under its heading opens (<c>Best for small flats</c>, <c>Most stylish</c>): the line ranks
        /// the item among the others the page reviews.
        /// </summary>
        public static readonly WordSet VerdictOpeners = Set("best most top runner-up");

        /// <summary>Openings of a request for news tips: <c>Have a news tip?</c>, <c>Got a story for us?</c></summary>
        public static readonly Prefixes TipRequests = new Prefixes("Have a ", "Got a ", "Do you have a");

        /// <summary>Openings of an invitation to follow the publisher: <c>Follow WXYZ on Facebook</c>, <c>Like us on …</c></summary>
        public static readonly Prefixes FollowUs = new Prefixes("Follow ", "Like us", "Find us");

        /// <summary>
        /// How a blog's feed signs a post it syndicates (<c>The post Harbour ferry returns appeared first on Westshire Gazette.</c>):
        /// the opening, then the words that name the site after the post's title.
        /// </summary>
        public static readonly Prefixes FeedFooterOpeners = new Prefixes("The post ");

        /// <summary>The words between the post's title and the site's name in such a footer.</summary>
        public const string FeedFooterMiddle = " appeared first on ";

        /// <summary>
        /// How a newsletter platform describes the publication under every post (<c>The Harbour Beat is a reader-supported
        /// publication. To receive new posts …</c>): the paragraph holding it is furniture.
        /// </summary>
        public static readonly string[] ReaderSupportedDescriptions =
        {
            " is a reader-supported publication.", " is a reader-funded publication.", " is a reader-supported newsletter.",
        };

        /// <summary>The networks such an invitation names.</summary>
        public static readonly string[] SocialNetworks = { "Facebook", "Twitter", "Instagram", "TikTok", "YouTube", "LinkedIn", "Threads", "Bluesky", "WhatsApp", "Viber", "Telegram", "Snapchat", "Pinterest", "Reddit", "Google News", "social media", " X " };

        /// <summary>Openings of a whole line that is the publisher's, not the story's.</summary>
        public static readonly Prefixes FurnitureOpeners = new Prefixes(
            "Do you have a story tip", "Got a story tip", "Have a story tip", "You can also follow us", "Follow us on",
            "Sign up to", "Sign up for", "Subscribe to", "Read more:", "Read More:", "READ MORE", "Read more -", "More:",
            "Related:", "Related coverage", "Advertisement", "Click here", "Share this", "Join our", "Download the",
            "Get the latest", "Listen to", "Listen on ", "Watch:", "WATCH:", "Video above:", "Video below:", "VIDEO ABOVE:", "VIDEO BELOW:",
            "Watch above:", "Watch below:", "WATCH ABOVE:", "WATCH BELOW:", "Vote \u00B7 View results", "Watch the video above", "Watch the video below", "Continue reading", "Story continues", "Email:", "PODCAST:", "Podcast:",
            "Contact us", "This article was originally", "Originally published", "Share on ", "Share via ",
            "Read next:", "Read also:", "See also:", "Also read:", "Related story:", "Related article:", "More on this:",
            "Skip past", "Skip next", "Skip advert", "Reading time", "Support our", "Support independent", "Support local",
            "Become a member", "Make your contribution", "Make a contribution", "We rely on", "We depend on",
            "Thanks for reading", "Thank you for reading", "Have your say", "Join the conversation", "Share your thoughts", "Kindly share", "Kindly Share", "Comment on this", "Enjoyed this", "If you enjoyed", "If you value",
            "Already a subscriber", "Already have an account", "Want more", "Don't want to see", "Do not want to see",
            "Interested in more", "I would like to be", "I would like to receive", "I agree to", "Listen here", "Tap here",
            "This article contains affiliate", "This article may contain affiliate",
            "This post contains affiliate", "This post may contain affiliate", "We may earn", "We may receive",
            "Our standards:", "All rights reserved", "Filed under", "Posted in", "Categories:", "Tags:", "Topics:", "Topic:", "Category:",
            "CATEGORY:", "CATEGORIES:", "Categorized under", "Categorised under", "Categorized as ", "Categorised as ", "CATEGORIZED UNDER", "CATEGORISED UNDER", "FILED UNDER",
            "This story was originally", "This story originally", "This article originally", "A version of this story",
            "A version of this article", "Verified by", "Fact checked by", "Fact-checked by", "Reviewed by", "Medically reviewed by",
            "Edited by", "Editor:", "Editing by", "Produced by", "Graphics by", "Translated by", "Media contact", "Press contact",
            "A post shared by",
            "Learn about our", "Learn more about our", "Advertise with ", "Read our editorial", "Read our advertiser", "Read our full", "Copyright \u00A9", "\u00A9 ",
            "We use cookies", "This site uses cookies", "This website uses cookies", "Was this article helpful", "Was this story helpful",
            "Was this helpful", "Your email address will not be published", "Already a member", "Already registered", "Click to share",
            "Embed from ", "Published in the print edition", "Disclaimer:", "DISCLAIMER:", "If you liked this", "If you like this",
            "Please consider supporting", "Please consider donating", "Please consider subscribing", "Please share this", "One thought on",
            "One response to", "One comment on", "Sponsored by", "Presented by", "Advertiser content", "Paid content", "Paid for by",
            "ALSO READ", "Also Read", "Recommended reading:", "Read:", "READ:", "Suggested:", "LISTEN:", "Listen:", "[Read more", "(Read more",
            "[READ MORE", "(READ MORE", "[Related", "(Related", "[See also", "(See also", "\u2192 ", ">> ", "\u00BB ", "Gallery:", "GALLERY:", "Slideshow:", "SLIDESHOW:", "In pictures:", "IN PICTURES:", "SPONSORED:", "Sponsored:", "PROMOTED:", "Promoted:", "Sponsored content:", "Partner content:", "This content was paid", "This content was produced", "This content is produced", "Let us know in the comments", "h/t ", "H/T ", "This article appeared in print", "This article appeared in the", "This article appears in", "This story appears in", "This story appeared in the", "This feature appears in", "This piece appears in",
            "This feature appeared in the ", "This article is part of", "This story is part of", "This piece is part of", "Pin this post", "Pin this recipe", "Pin this for later",
            "This entry was posted in", "Bookmark the permalink", "Tagged:", "Tagged with:", "Keywords:", "Estimated reading time",
            "Comments (", "Promoted Links", "Sponsored Links", "Terms of Use", "Terms of Service", "Privacy Policy", "Contact the writer",
            "Contact the author", "Contact the reporter", "We and our partners", "We value your privacy", "We care about your privacy",
            "This story has been updated", "This article has been updated", "This post has been updated", "This story was updated",
            "This article was updated", "Spotted an error", "Spotted a mistake", "See an error", "Found an error", "Notice an error",
            "Subscribe for full access", "Subscribe to read", "Subscribe to continue", "Subscribe to unlock", "Subscribers only",
            "Become a subscriber", "Already a paying", "Sign in to continue", "Sign in to read", "Log in to continue", "Log in to read",
            "Log in or register", "Register to continue", "Register to read", "Create a free account", "Create an account to",
            "You must be logged in", "You must be 18", "You must be 21", "Be the first to", "Video duration", "Duration:",
            "Was this page", "Did you find this", "This feature first appeared", "This article first appeared", "This story first appeared", "This piece first appeared",
            "This article was first published", "This story was first published", "This feature was first published", "Leave a comment below",
            "Our community rules apply", "Our community guidelines apply", "Commenting is limited to", "Commenting is closed", "Commenting has been disabled", "Commenting is not available", "Comments are limited to", "Comments have been disabled", "Comments have been closed", "Catch all the ", "Download App ", "Like this article?", "Like this story?", "Liked this article?", "Liked this story?", "Did you make this recipe", "Did you try this recipe", "Made this recipe", "Tried this recipe",
            "Media enquiries", "Media inquiries", "Press enquiries", "Press inquiries", "For media enquiries", "For media inquiries", "Continue to page", "Go to page", "Pages:", "View all comments",
            "The views expressed", "Views expressed", "The views in this", "The opinions in this", "Opinions expressed", "The opinions expressed", "Any opinions expressed",
            "This article was produced", "This story was produced", "This article was supplied by", "This story was supplied by", "This content was supplied by", "This article was provided by", "This story was provided by", "This article is republished", "This story is republished",
            "This article was republished", "This story was republished", "Republished with permission", "Note: This article",
            "Note: This story", "Editor's note: This article", "Editor's note: This story", "Editor\u2019s note: This article",
            "Editor\u2019s note: This story", "This content is not available", "This content is unavailable", "This content is blocked",
            "To view this video", "To view this content", "To watch this video", "Please enable JavaScript", "Our journalism relies",
            "Our journalism depends", "Our journalism is funded", "If you or someone you know", "We want to hear from you", "Home » ", "Home > ", "Home / ", "Home › ", "You are here:",
            "You must log in", "You need to log in", "You need to be logged in", "Please log in to", "Please sign in to", "Sign in or ",
            "Log in or ", "This site uses Akismet", "Comments are posted from", "Comments are moderated", "You are commenting using",
            "Watch more of our videos", "Page generated in", "Original source can be found", "The original source can be found", "Original source:",
            "This report by ", "This story has not been edited", "(This story has not been edited", "(Except for the headline", "Except for the headline, this",
            "Refresh this page", "Refresh the page", "Stay with ", "Correction:", "CORRECTION:", "An earlier version of this",
            "(Only the headline", "Only the headline and picture", "Comments are open to", "Read Also ", "READ ALSO",
            "Would you like to comment", "Comments are closed on", "Comments are disabled", "For feedback, complaints", "For feedback and complaints", "Release No.", "News Release No.", "Media Release No.");

        /// <summary>
        /// A reader's consent under a sign-up box opens with <c>By</c> and one of these (<c>By signing up you …</c>,
        /// <c>By clicking …</c>): an action of the reader's, not an author.
        /// </summary>
        public static readonly WordSet ConsentGerunds = Set("signing clicking subscribing submitting entering registering continuing creating providing using tapping proceeding");

        /// <summary>What a paywall's prompt says the page is for or offers: <c>This article is for subscribers only</c>.</summary>
        public static readonly WordSet PaywallWords = Set("subscriber subscribers subscriber-only subscribers-only subscription subscriptions members-only premium");

        /// <summary>What a page calls itself in a paywall's prompt (<c>This article …</c>) and what a meter counts (<c>3 free articles</c>).</summary>
        public static readonly WordSet PaywallPageNouns = Set("article articles story stories content post posts page feature reads read piece pieces");

        /// <summary>Verbs that open the sentence of a publisher's appeal after its pitch (<c>… Donate today to support our work.</c>).</summary>
        public static readonly WordSet AppealVerbs = Set("subscribe donate join become contribute listen");

        /// <summary>Verbs a call to action opens with (<c>Subscribe now …</c>, <c>Download our app …</c>).</summary>
        public static readonly WordSet CallToActionVerbs = Set("subscribe download donate register sign join follow support upgrade install unlock get try contribute");

        /// <summary>
        /// Call verbs no sentence of a story opens with unless it calls on the reader (<c>Subscribe to get every issue.</c>): a short
        /// line opening with one needs no channel word.
        /// </summary>
        public static readonly WordSet SelfEvidentCallVerbs = Set("subscribe unsubscribe");

        /// <summary>
        /// Words right after a call's verb once a question has opened the line (<c>Enjoying it? Subscribe for free …</c>,
        /// <c>… Sign up …</c>, <c>… Join our …</c>); <c>Download figures suggest …</c> after a question is the story's.
        /// </summary>
        public static readonly WordSet CallToActionVerbFollowers = Set("up us our now today for to here free");

        /// <summary>What a call to action offers the reader: a call to action names one of these.</summary>
        public static readonly WordSet CallToActionChannels = Set(@"
            newsletter newsletters app apps inbox edition subscription subscriptions subscriber subscribers membership
            member members donation donations podcast podcasts alerts notifications e-edition epaper journalism email emails channel channels");

        /// <summary>Words that, with an ad or a player, make a short line a notice (<c>Story continues below advertisement</c>).</summary>
        public static readonly WordSet NoticeWords = Set("continue continues continued below loaded loading load scroll skip remove failed refreshing refresh browser javascript enable");

        /// <summary>The nouns such notices are about.</summary>
        public static readonly WordSet NoticeSubjects = Set("advertisement advertisements advert adverts ad ads video videos player article story content");

        /// <summary>
        /// Words of a disclosure about money (<c>We may earn a commission …</c>, <c>advertisers do not influence our picks</c>):
        /// a short paragraph holding two of them, in the publisher's first person, is the page's.
        /// </summary>
        public static readonly WordSet DisclosureWords = Set(@"
            affiliate affiliates commission commissions compensation compensated advertiser advertisers sponsored sponsor
            sponsors disclosure partners partner paid earn revenue independently independent");

        /// <summary>What an author's biography says the author does: <c>Jane Roe covers politics</c>, <c>… is a reporter</c>.</summary>
        public static readonly WordSet BiographyVerbs = Set("covers covered writes wrote reports reported joined edits edited is was has");

        /// <summary>What an author's biography says the author has done since joining: <c>Jane Roe has covered the courts since 2019</c>.</summary>
        public static readonly WordSet BiographyParticiples = Set("covered reported written edited worked served contributed");

        /// <summary>Labels over the author box under a story (<c>About the author</c>, then a name and a biography).</summary>
        public static readonly PhraseSet AuthorBoxLabels = new PhraseSet(@"
            about the author | about the authors | about the writer | about me | author | authors | the author |
            meet the author | author bio | author profile | written by");

        /// <summary>The heading over a press release's description of its issuer (<c>About Westhaven Energy</c>).</summary>
        public static readonly Prefixes IssuerHeadingOpeners = new Prefixes("About ");

        /// <summary>An author box's label printed with the name after it on one line under the story (<c>Written by Jane Roe</c>).</summary>
        public static readonly Prefixes AuthorBoxNameLabels = new Prefixes("Written by ");

        /// <summary>How an author box in the first person opens (<c>I'm Jane and I write about …</c>).</summary>
        public static readonly Prefixes FirstPersonIntroductions = new Prefixes("I'm ", "I\u2019m ", "I am ", "Hi, I'm ", "Hi, I\u2019m ", "Hi! I'm ", "Hello, I'm ");

        /// <summary>How a page invites the reader to reach or follow its author: <c>You can email Jane Roe here</c>.</summary>
        public static readonly Prefixes ReaderToAuthorOpeners = new Prefixes(
            "You can email", "You can follow", "You can reach", "You can contact", "You can read more", "Email ", "Follow ", "Contact ",
            "Reach ", "Read more from", "Read more by", "More from", "More by");

        /// <summary>The words of <see cref="NoticeWords"/> and <see cref="NoticeSubjects"/> together, so most words take one look-up.</summary>
        public static readonly WordSet NoticeVocabulary = new WordSet(System.Linq.Enumerable.Concat(NoticeWords.Words, NoticeSubjects.Words));

        /// <summary>Openings of a wire sign-off naming the staff behind the story (<c>(Reporting by …; Editing by …)</c>).</summary>
        public static readonly Prefixes SignOffOpeners = new Prefixes(
            "Reporting by", "Additional reporting by", "Writing by", "Editing by", "Compiled by", "Reporting and writing by",
            "With reporting by", "Additional reporting from", "Reporting from", "Research by", "Graphics by", "Produced by",
            "Edited by", "Fact-checked by", "Translated by");

        /// <summary>Labels over the readers' comments under a story (<c>Comments</c>), a commenter's line under them closing the page.</summary>
        public static readonly PhraseSet CommentThreadLabels = new PhraseSet("comments | comment | reader comments | readers' comments");

        /// <summary>The verb closing a commenter's line before the comment: <c>Jane Roe says:</c>.</summary>
        public static readonly WordSet CommenterVerbs = Set("says");

        /// <summary>Verbs of the button showing a story's comments before their count: <c>View 12 comments</c>.</summary>
        public static readonly WordSet CommentViewVerbs = Set("view show see read load");

        /// <summary>
        /// Words that end a sentence of the story introducing a list with a colon (<c>The new ministers are as follows:</c>,
        /// <c>Those named include:</c>); a label over links ends with a noun instead (<c>Related stories:</c>).
        /// </summary>
        public static readonly WordSet ListIntroducerEnds = Set("follows following include includes included including are were is was namely these below");

        /// <summary>
        /// Marks that open an item of a list (<c>- item</c>, <c>• item</c>): a hyphen, a star, bullets and a middle dot. No
        /// dash longer than a hyphen: an em or en dash opens a signature (<c>— Jane Roe</c>), an arrow a control.
        /// </summary>
        public const string ListBullets = "-*\u2022\u25E6\u25AA\u2023\u00B7";

        /// <summary>
        /// Verbs that end a sentence of the story introducing a quotation with a colon (<c>Cllr Jane Roe, the council's leader,
        /// said:</c>): the quotation under it is the story's, however it ends.
        /// </summary>
        public static readonly WordSet QuoteIntroducerEnds = Set(@"
            said says added adds explained explains stated states told wrote writes commented remarked noted notes continued
            continues replied replies responded responds recalled recalls declared declares insisted warned argued stressed");

        /// <summary>Single glyphs a page's controls print alone on a line: a close button (<c>×</c>), arrows, a menu's bars.</summary>
        public const string ControlGlyphs = "\u00D7\u2715\u2716\u2717\u2718\u2630\u25B6\u25B8\u25BA\u25C0\u25C2\u25C4\u25B2\u25BC\u2190\u2191\u2192\u2193\u2039\u203A\u00AB\u00BB\u22EE\u22EF";

        /// <summary>Extensions of a picture's file name, a copied page's trace of an image (<c>harbour_view.jpg</c>).</summary>
        public static readonly WordSet ImageFileExtensions = Set("jpg jpeg png gif webp avif bmp tif tiff svg heic");

        /// <summary>What a comment section counts, after the number alone on a line: <c>12 comments</c>.</summary>
        public static readonly WordSet CommentCountNouns = Set("comment comments replies responses reactions");

        /// <summary>What a blog's heading over its readers' comments counts: <c>3 thoughts on "…"</c>, <c>One response to "…"</c>.</summary>
        public static readonly WordSet CommentHeadingNouns = Set("thought thoughts response responses comment comments reply replies");

        /// <summary>Whole lines heading a comment form or closed comments: what follows them is the readers', not the story's.</summary>
        public static readonly PhraseSet CommentSectionHeadings = new PhraseSet("leave a reply | leave a reply cancel reply | comments are closed | speak your mind | add your voice");

        /// <summary>The words of a pager (<c>Page 1 of 3</c>, <c>1 2 3 Next »</c>) besides its numbers.</summary>
        public static readonly WordSet PagerWords = Set("page pages of next previous prev older newer");

        /// <summary>What a rating widget counts in brackets after its score: <c>4.5 (12 votes)</c>.</summary>
        public static readonly WordSet RatingNouns = Set("vote votes rating ratings review reviews");

        /// <summary>How a rating widget's line opens in words: <c>Rated 4.5 out of 5</c>.</summary>
        public static readonly WordSet RatingOpeners = Set("rated");

        /// <summary>Labels of a review's score before a colon (<c>Rating: 4 out of 5</c>, <c>Score: 8/10</c>).</summary>
        public static readonly WordSet RatingLabels = Set("rating score verdict");

        /// <summary>Readers' reactions and replies a blog counts with a number after them (<c>Clap 1.4K</c>, <c>Responses 27</c>).</summary>
        public static readonly WordSet ReactionWords = Set("clap claps like likes kudos reactions responses comments replies shares views");

        /// <summary>A counter over a photo gallery's caption: <c>1 of 12</c>, <c>Image 3 of 9</c>.</summary>
        public static readonly WordSet GalleryCounterWords = Set("image photo picture slide of");
    }
}
