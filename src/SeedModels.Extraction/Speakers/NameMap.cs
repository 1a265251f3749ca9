using System.Collections.Generic;

namespace SeedModels.Extraction.Speakers
{
    /// <summary>
    /// A map from names (ordinal) to values, as a <c>Dictionary&lt;string, TValue&gt;</c> answers: most articles name a
    /// handful of people, and a dictionary costs more to make (three arrays, each name hashed) than a few names cost to
    /// compare. The first entries are kept in one small array and searched in order; past <see cref="SmallCount"/> they move
    /// to a dictionary, so a long article stays linear.
    /// </summary>
    internal sealed class NameMap<TValue>
    {
        /// <summary>How many names are searched in order before the map becomes a dictionary.</summary>
        private const int SmallCount = 8;

        private KeyValuePair<string, TValue>[] _small = new KeyValuePair<string, TValue>[2];
        private int _count;
        private Dictionary<string, TValue>? _large;

        public bool TryGetValue(string key, out TValue value)
        {
            if (_large != null)
            {
                return _large.TryGetValue(key, out value!);
            }

            var at = IndexOf(key);
            value = at >= 0 ? _small[at].Value : default!;
            return at >= 0;
        }

        public bool ContainsKey(string key) => _large != null ? _large.ContainsKey(key) : IndexOf(key) >= 0;

        /// <summary>Adds the entry unless the name has one (the first one given wins).</summary>
        public void TryAdd(string key, TValue value)
        {
            if (!ContainsKey(key))
            {
                Set(key, value);
            }
        }

        /// <summary>Sets the name's value, replacing any (as the dictionary's indexer).</summary>
        public void Set(string key, TValue value)
        {
            if (_large != null)
            {
                _large[key] = value;
                return;
            }

            var at = IndexOf(key);
            if (at >= 0)
            {
                _small[at] = new KeyValuePair<string, TValue>(key, value);
                return;
            }

            if (_count == SmallCount)
            {
                _large = new Dictionary<string, TValue>();
                for (var k = 0; k < _count; k++)
                {
                    _large[_small[k].Key] = _small[k].Value;
                }

                _large[key] = value;
                return;
            }

            if (_count == _small.Length)
            {
                System.Array.Resize(ref _small, _count * 2);
            }

            _small[_count++] = new KeyValuePair<string, TValue>(key, value);
        }

        private int IndexOf(string key)
        {
            for (var k = 0; k < _count; k++)
            {
                if (string.Equals(_small[k].Key, key, System.StringComparison.Ordinal))
                {
                    return k;
                }
            }

            return -1;
        }
    }
}
