namespace SeedModels.Extraction.Text
{
    /// <summary>The words around the dates of page headers: labels, times of day, zones, relative times, reading times.</summary>
    internal static partial class Lexicon
    {
        /// <summary>Labels in front of a date (<c>Published</c>, <c>Last updated</c>, <c>Posted on</c>, <c>Updated at</c>).</summary>
        public static readonly WordSet DateLabels = Set("published publication updated update posted modified created edited last first date dated on at uploaded originally issued filed released release pub pubd online");

        /// <summary>Date labels of a story's update (<c>Updated</c>, <c>Last modified</c>): the date after one is not the publication's.</summary>
        public static readonly WordSet UpdateLabels = Set("updated update modified edited last");

        /// <summary>Date labels of a story's publication (<c>Published</c>, <c>Posted</c>, <c>First published</c>).</summary>
        public static readonly WordSet PublicationLabels = Set("published publication posted created first uploaded originally issued filed released release pub pubd");

        /// <summary>The verbs that date a post in a blog's footer sentence (<c>This entry was posted on …</c>, <c>Created on …</c>).</summary>
        public static readonly WordSet FooterDateLabels = Set("posted published created written modified updated");

        /// <summary>Time zones as pages print them after a time.</summary>
        public static readonly WordSet TimeZones = Set(@"
            gmt utc bst ist et est edt pt pst pdt ct cst cdt mt mst mdt ast adt nst ndt cet cest eet eest wet west aest aedt acst acdt awst
            nzst nzdt hkt sgt jst kst sast wat eat cat msk pht wib ict myt akst akdt hst z pkt gst npt slst trt mmt wita wit");

        /// <summary>Regions a page names after a time for whose clock it is (<c>10:01, UK</c>), written in capitals.</summary>
        public static readonly WordSet ClockRegions = Set("uk us usa");

        /// <summary>The half of the day after a time: <c>4:45 pm</c>, <c>10 a.m.</c></summary>
        public static readonly WordSet Meridiems = Set("am pm a.m. p.m. a.m p.m");

        /// <summary>Units of a relative time (<c>7 hours ago</c>, <c>2 min ago</c>) or of a reading time (<c>5 min read</c>).</summary>
        public static readonly WordSet TimeUnits = Set("s sec secs second seconds m min mins minute minutes h hr hrs hour hours d day days w wk wks week weeks mo mos month months y yr yrs year years");

        /// <summary>Words of relative times that carry no date: <c>7 hours ago</c>, <c>just now</c>, <c>Today at 09:14</c>.</summary>
        public static readonly WordSet RelativeTimeWords = Set("ago just now today yesterday");

        /// <summary>Words that hedge a relative time's count (<c>Updated about 3 hours ago</c>, <c>nearly an hour ago</c>).</summary>
        public static readonly WordSet RelativeTimeHedges = Set("about around over nearly almost");

        /// <summary>Words of a reading time: <c>6 minute read</c>, <c>Reading time: 3 mins</c>.</summary>
        public static readonly WordSet ReadingTimeWords = Set("read reading listen listening watch time");

        /// <summary>
        /// Names of the icons a page sets before its date or reading time, copied with the text as a word in lower case when the
        /// icon is a web font's ligature (<c>timer 3 min. read</c>, <c>calendar Mar 6, 2025</c>).
        /// </summary>
        public static readonly WordSet DateIconWords = Set("timer schedule calendar clock");

        /// <summary>What a magazine calls the number a story was printed in, after its month or season and year (<c>June 2024 issue</c>).</summary>
        public static readonly WordSet IssueWords = Set("issue edition");

        /// <summary>The labels of an issue's numbers in a newsletter's or magazine's date line (<c>Vol. 41, No. 3</c>, <c>Issue 212</c>).</summary>
        public static readonly WordSet IssueNumberLabels = Set("vol volume no number issue iss edition");

        /// <summary>The seasons a quarterly names its issues by (<c>Spring 2025 edition</c>).</summary>
        public static readonly WordSet Seasons = Set("spring summer autumn fall winter");

        /// <summary>
        /// Labels that open a paragraph in capitals with a colon (<c>UPDATE:</c>, <c>EXCLUSIVE:</c>) and are no place of filing.
        /// </summary>
        public static readonly PhraseSet StoryLabels = new PhraseSet(MatchStagePhrases + @" |
            update | updated | breaking | breaking news | exclusive | watch | listen | read | note | editor's note | editors note |
            correction | clarification | live | analysis | opinion | comment | video | photos | pictures | warning | alert |
            explainer | review | interview | transcript | q | a | question | answer | fact check | factbox | timeline | background |
            what we know | key points | summary | tl;dr | ps | p.s | nb | disclaimer | disclosure | sponsored | advertisement |
            try | goal | red card | yellow card");

        /// <summary>A blog's link to its comments, printed after the date (<c>March 4, 2024 | Leave a comment</c>).</summary>
        public static readonly PhraseSet CommentPrompts = new PhraseSet(@"
            leave a comment | leave a reply | no comments | comments off | comments closed | add comment | add a comment |
            join the discussion | join the conversation | post a comment | write a comment");

        /// <summary>How a page warns that its story is old, in the header (<c>This article is more than 2 years old</c>).</summary>
        public static readonly Prefixes ArchiveNotices = new Prefixes(
            "This article is more than", "This article is over", "This story is more than", "This story is over",
            "This content is more than", "This article was published more than", "This article is older than", "This article is from the archive");

        /// <summary>What a count after a date counts (<c>0 Comments</c>, <c>1,204 views</c>).</summary>
        public static readonly WordSet CountedThings = Set("comments comment views view shares share likes reads replies");
    }
}
