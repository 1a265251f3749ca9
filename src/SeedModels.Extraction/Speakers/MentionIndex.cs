using System.Collections.Generic;
using System.Text;
using SeedModels.Extraction.Text;

namespace SeedModels.Extraction.Speakers
{
    /// <summary>
    /// The article's mentions in reading order, with the look-ups speaker resolution needs — the last person
    /// before a point, the full name behind a surname or first name, the organisation behind an acronym — each
    /// answered without scanning the whole article, so long articles stay linear.
    /// </summary>
    internal sealed class MentionIndex
    {
        /// <summary>How far back a pronoun looks for its antecedent.</summary>
        private const int PronounWindow = 200;

        private readonly List<Mention> _mentions;

        /// <summary>Each mention's last name part, cut once: gender evidence is looked up by it for every pronoun.</summary>
        private readonly string[] _lastParts;
        private readonly Dictionary<string, string> _byLastName = new Dictionary<string, string>();
        private readonly Dictionary<string, string> _byFirstName = new Dictionary<string, string>();
        private readonly Dictionary<string, string> _byInitials = new Dictionary<string, string>();
        private readonly Dictionary<string, Gender> _genderBySurname = new Dictionary<string, Gender>();

        public MentionIndex(List<Mention> mentions)
        {
            _mentions = mentions;
            _lastParts = new string[mentions.Count];
            for (var k = 0; k < mentions.Count; k++)
            {
                // The name's first and last parts between spaces (the whole name when it has no space).
                var mention = mentions[k];
                var firstSpace = mention.Name.IndexOf(' ');
                var lastPart = _lastParts[k] = mention.Name.Substring(mention.Name.LastIndexOf(' ') + 1);
                if (mention.Kind == MentionKind.Person && firstSpace >= 0 && !Lexicon.Titles.Contains(mention.Name, 0, firstSpace))
                {
                    // The first full name the article gives wins.
                    Remember(_byLastName, lastPart, mention.Name);
                    Remember(_byFirstName, mention.Name.Substring(0, firstSpace), mention.Name);
                }

                if (mention.Kind == MentionKind.Person && mention.Gender != Gender.Unknown)
                {
                    // Evidence at any mention ("Ms Doe" later) tells the gender of every mention of the surname.
                    _genderBySurname[lastPart] = mention.Gender;
                }

                var initials = Initials(mention.Name);
                if (initials.Length >= 2)
                {
                    Remember(_byInitials, initials, mention.Name);
                }
            }
        }

        /// <summary>The full name used for a person the text now calls by surname alone (or, failing that, by first name).</summary>
        public string? FullName(string part, bool allowFirstName) =>
            _byLastName.TryGetValue(part, out var name) ? name : allowFirstName && _byFirstName.TryGetValue(part, out name) ? name : null;

        /// <summary>The name whose capitals spell <paramref name="acronym"/>.</summary>
        public string? Expand(string acronym) => _byInitials.TryGetValue(acronym, out var name) ? name : null;

        /// <summary>The nearest mention of <paramref name="kind"/> before a point, preferring one marked as a speaker.</summary>
        public Mention? LastBefore(int paragraph, int index, MentionKind kind, Gender gender = Gender.Unknown)
        {
            Mention? weak = null;
            var from = FirstAtOrAfter(paragraph, index) - 1;
            for (var k = from; k >= 0 && k > from - PronounWindow; k--)
            {
                var m = _mentions[k];
                if (m.Kind != kind || (gender != Gender.Unknown && GenderOf(k) is var known && known != Gender.Unknown && known != gender))
                {
                    continue; // "she" skips a man just named
                }

                if (m.Strong)
                {
                    return m;
                }

                weak ??= m;
            }

            return weak;
        }

        private Gender GenderOf(int mention)
        {
            if (_mentions[mention].Gender != Gender.Unknown)
            {
                return _mentions[mention].Gender;
            }

            return _genderBySurname.TryGetValue(_lastParts[mention], out var gender) ? gender : Gender.Unknown;
        }

        private int FirstAtOrAfter(int paragraph, int index)
        {
            int lo = 0, hi = _mentions.Count;
            while (lo < hi)
            {
                var mid = (lo + hi) / 2;
                if (_mentions[mid].IsBefore(paragraph, index))
                {
                    lo = mid + 1;
                }
                else
                {
                    hi = mid;
                }
            }

            return lo;
        }

        private static void Remember(Dictionary<string, string> map, string key, string name)
        {
            if (!map.ContainsKey(key))
            {
                map[key] = name;
            }
        }

        private static string Initials(string name)
        {
            var initials = new StringBuilder();
            for (var i = 0; Words.TryNext(name, ref i, name.Length, out var w);)
            {
                if (w.IsCapitalized)
                {
                    initials.Append(w.First);
                }
            }

            return initials.ToString();
        }
    }
}
