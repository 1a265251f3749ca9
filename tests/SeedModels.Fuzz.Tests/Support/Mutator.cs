using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;

namespace SeedModels.Fuzz.Tests.Support
{
    /// <summary>Mutations of a real article: lines deleted, duplicated, swapped; marks, quotes and code injected; bytes cut or flipped.</summary>
    internal static class Mutator
    {
        public static byte[] Mutate(Random r, byte[] original)
        {
            var text = Encoding.UTF8.GetString(original);
            var mutations = r.Next(1, 6);
            byte[]? bytes = null;
            for (var m = 0; m < mutations; m++)
            {
                var roll = r.Next(18);
                if (roll >= 16)
                {
                    // Byte-level: cut anywhere (perhaps inside a multi-byte sequence) or flip a byte.
                    bytes ??= FuzzFile.Utf8Lenient.GetBytes(text);
                    if (bytes.Length == 0)
                    {
                        continue;
                    }

                    if (roll == 16)
                    {
                        bytes = bytes.AsSpan(0, r.Next(bytes.Length)).ToArray();
                    }
                    else
                    {
                        bytes = (byte[])bytes.Clone();
                        bytes[r.Next(bytes.Length)] = (byte)r.Next(256);
                    }

                    continue;
                }

                if (bytes != null)
                {
                    continue; // text mutations only before byte mutations
                }

                text = MutateText(r, text, roll);
            }

            return bytes ?? FuzzFile.Utf8Lenient.GetBytes(text);
        }

        private static string MutateText(Random r, string text, int roll)
        {
            var lines = text.Replace("\r\n", "\n").Split('\n').ToList();
            switch (roll)
            {
                case 0 when lines.Count > 1:
                    lines.RemoveAt(r.Next(lines.Count));
                    return string.Join("\n", lines);
                case 1:
                    {
                        var i = r.Next(lines.Count);
                        var times = r.Next(3) == 0 ? r.Next(2, 200) : 1;
                        lines.InsertRange(i, Enumerable.Repeat(lines[i], times));
                        return string.Join("\n", lines);
                    }

                case 2 when lines.Count > 1:
                    {
                        var i = r.Next(lines.Count);
                        var j = r.Next(lines.Count);
                        (lines[i], lines[j]) = (lines[j], lines[i]);
                        return string.Join("\n", lines);
                    }

                case 3:
                case 4:
                    {
                        // Inject a mark or token anywhere, even between the halves of a surrogate pair.
                        var pool = roll == 3 ? Pools.Specials : Pools.CodeTokens;
                        var at = r.Next(text.Length + 1);
                        return text.Insert(at, pool[r.Next(pool.Length)]);
                    }

                case 5:
                    {
                        var from = Pools.QuoteMarks[r.Next(4)];
                        var to = Pools.QuoteMarks[r.Next(Pools.QuoteMarks.Length)];
                        return text.Replace(from, to);
                    }

                case 6:
                    return text.Replace("\r\n", "\n").Replace("\n", Pools.LineEnds[r.Next(Pools.LineEnds.Length)]);
                case 7:
                    return text.StartsWith('\uFEFF') ? text.Substring(1) : "\uFEFF" + text;
                case 8:
                    return string.Join("\n", lines.Where(l => l.Trim().Length > 0)); // no blank lines: one paragraph
                case 9:
                    return string.Join(" ", lines); // one line
                case 10:
                    return text.ToUpperInvariant();
                case 11:
                    {
                        // Zero-width and bidi marks between the letters of the first line.
                        var first = lines[0];
                        var marks = new[] { "\u200B", "\u202E", "\u2066", "\u200D", "\u0301" };
                        lines[0] = string.Concat(first.Select(c => c + marks[r.Next(marks.Length)]));
                        return string.Join("\n", lines);
                    }

                case 12:
                    lines.Reverse();
                    return string.Join("\n", lines);
                case 13:
                    return "---\n" + text; // front matter that never closes
                case 14:
                    {
                        var i = r.Next(lines.Count);
                        lines[i] = string.Concat(Enumerable.Repeat(Pools.QuoteMarks[r.Next(Pools.QuoteMarks.Length)], r.Next(1, 3000)));
                        return string.Join("\n", lines);
                    }

                default:
                    {
                        // Split a surrogate pair or drop one half of it, if there is one.
                        var at = FindIndex(text, char.IsSurrogate);
                        return at < 0 ? text + "\uD83D" : text.Remove(at, 1);
                    }
            }
        }

        private static int FindIndex(string s, Func<char, bool> predicate)
        {
            for (var i = 0; i < s.Length; i++)
            {
                if (predicate(s[i]))
                {
                    return i;
                }
            }

            return -1;
        }
    }
}
