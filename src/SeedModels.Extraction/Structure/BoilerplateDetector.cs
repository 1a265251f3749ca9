using System;
using System.Collections.Generic;
using System.Linq;

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

        /// <summary>
        /// The openers by their first letter, lower-cased: every line comes here, and each is compared only with the
        /// few openers it could start with.
        /// </summary>
        private static readonly Dictionary<char, string[]> OpenersByInitial = Openers
            .GroupBy(opener => char.ToLowerInvariant(opener[0]))
            .ToDictionary(group => group.Key, group => group.ToArray());

        private static readonly string[] SocialNetworks = { "Facebook", "Twitter", "Instagram", "TikTok", "YouTube", "LinkedIn", "Threads", "Bluesky", "WhatsApp", "social media", " X " };

        /// <summary><c>Have a news tip?</c>, <c>Got a story for us?</c>, <c>Do you have a story tip?</c></summary>
        private static bool IsTipRequest(string text) =>
            (text.StartsWith("Have a ", System.StringComparison.OrdinalIgnoreCase) || text.StartsWith("Got a ", System.StringComparison.OrdinalIgnoreCase) ||
             text.StartsWith("Do you have a", System.StringComparison.OrdinalIgnoreCase)) &&
            (text.IndexOf("tip", System.StringComparison.OrdinalIgnoreCase) > 0 || text.IndexOf("story", System.StringComparison.OrdinalIgnoreCase) > 0);

        /// <summary><c>Follow WXYZ 7 on Facebook</c>, <c>Like us on Instagram</c>.</summary>
        private static bool IsFollowUs(string text)
        {
            if (!(text.StartsWith("Follow ", System.StringComparison.OrdinalIgnoreCase) || text.StartsWith("Like us", System.StringComparison.OrdinalIgnoreCase) ||
                  text.StartsWith("Find us", System.StringComparison.OrdinalIgnoreCase)) || Text.Chars.CountWords(text) > 20)
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

            foreach (var opener in OpenersFor(text))
            {
                if (text.StartsWith(opener, System.StringComparison.OrdinalIgnoreCase))
                {
                    return true;
                }
            }

            return false;
        }

        private static string[] OpenersFor(string text)
        {
            if (text.Length == 0)
            {
                return Array.Empty<string>();
            }

            var first = text[0];
            if (first > '\u007F')
            {
                return Openers; // outside ASCII, which letters match ignoring case is the framework's to decide
            }

            var initial = first >= 'A' && first <= 'Z' ? (char)(first + ('a' - 'A')) : first;
            return OpenersByInitial.TryGetValue(initial, out var openers) ? openers : Array.Empty<string>();
        }
    }
}
