using SeedModels.Extraction.Text;

namespace SeedModels.Extraction.Structure
{
    /// <summary>Decides which lines are the publisher's furniture rather than the story (tips, follow-us, sign-ups, read-more).</summary>
    internal static class BoilerplateDetector
    {
        private const string OriginallyPublished = "Originally published as ";

        private static readonly Prefixes Openers = new Prefixes(
            "Do you have a story tip", "Got a story tip", "Have a story tip", "You can also follow us", "Follow us on",
            "Sign up to", "Sign up for", "Subscribe to", "Read more:", "Read More:", "READ MORE", "Read more -", "More:",
            "Related:", "Related coverage", "Advertisement", "Click here", "Share this", "Join our", "Download the",
            "Get the latest", "Listen to", "Watch:", "WATCH:", "Continue reading", "Story continues", "Email:",
            "Contact us", "This article was originally", "Originally published");

        private static readonly Prefixes TipRequests = new Prefixes("Have a ", "Got a ", "Do you have a");

        private static readonly Prefixes FollowUs = new Prefixes("Follow ", "Like us", "Find us");

        private static readonly string[] SocialNetworks = { "Facebook", "Twitter", "Instagram", "TikTok", "YouTube", "LinkedIn", "Threads", "Bluesky", "WhatsApp", "social media", " X " };

        /// <summary><c>Have a news tip?</c>, <c>Got a story for us?</c>, <c>Do you have a story tip?</c></summary>
        private static bool IsTipRequest(string text) =>
            StartsWithAny(text, TipRequests) &&
            (text.IndexOf("tip", System.StringComparison.OrdinalIgnoreCase) > 0 || text.IndexOf("story", System.StringComparison.OrdinalIgnoreCase) > 0);

        /// <summary><c>Follow WXYZ 7 on Facebook</c>, <c>Like us on Instagram</c>.</summary>
        private static bool IsFollowUs(string text)
        {
            if (!StartsWithAny(text, FollowUs) || Chars.CountWords(text) > 20)
            {
                return false;
            }

            foreach (var network in SocialNetworks)
            {
                if (text.IndexOf(network, System.StringComparison.OrdinalIgnoreCase) > 0)
                {
                    return true;
                }
            }

            return false;
        }

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

            if (IsTipRequest(text) || IsFollowUs(text))
            {
                return true;
            }

            return StartsWithAny(text, Openers);
        }

        private static bool StartsWithAny(string text, Prefixes prefixes)
        {
            foreach (var prefix in prefixes.For(text))
            {
                if (text.StartsWith(prefix, System.StringComparison.OrdinalIgnoreCase))
                {
                    return true;
                }
            }

            return false;
        }
    }
}
