namespace SeedModels.Extraction.Structure
{
    /// <summary>Decides which lines are the publisher's furniture rather than the story (tips, follow-us, sign-ups, read-more).</summary>
    internal static class BoilerplateDetector
    {
        private const string OriginallyPublished = "Originally published as ";

        private static readonly string[] Openers =
        {
            "Do you have a story tip", "Got a story tip", "Have a story tip", "You can also follow us", "Follow us on",
            "Sign up to", "Sign up for", "Subscribe to", "Read more:", "Read More:", "READ MORE", "Read more -", "More:",
            "Related:", "Related coverage", "Advertisement", "Click here", "Share this", "Join our", "Download the",
            "Get the latest", "Listen to", "Watch:", "WATCH:", "Continue reading", "Story continues", "Email:",
            "Contact us", "This article was originally", "Originally published",
        };

        /// <summary>Whether the whole line is boilerplate; <paramref name="namedHeadline"/> gets X from <c>Originally published as X</c>.</summary>
        public static bool IsBoilerplate(string line, out string? namedHeadline)
        {
            namedHeadline = null;
            var text = line.Trim();
            if (text.StartsWith(OriginallyPublished, System.StringComparison.OrdinalIgnoreCase))
            {
                var named = text.Substring(OriginallyPublished.Length).Trim();
                namedHeadline = named.Length > 0 ? named : null;
                return true;
            }

            foreach (var opener in Openers)
            {
                if (text.StartsWith(opener, System.StringComparison.OrdinalIgnoreCase))
                {
                    return true;
                }
            }

            return false;
        }
    }
}
