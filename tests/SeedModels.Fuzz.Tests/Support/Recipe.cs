using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Security.Cryptography;
using System.Text;

namespace SeedModels.Fuzz.Tests.Support
{
    /// <summary>A piece of replacement text: our own words, a range of a corpus article, or a range of the text being edited.</summary>
    internal abstract record Piece
    {
        public abstract string Resolve(string current);
    }

    /// <summary>Text of the fuzz's own (invented names, pool characters, grammar sentences): the only text a recipe holds.</summary>
    internal sealed record LiteralPiece(string Text) : Piece
    {
        public override string Resolve(string current) => Text;
    }

    /// <summary>Characters [Start, End) of a corpus article, named by its key: read from <c>../shared</c> when replayed.</summary>
    internal sealed record DonorPiece(string Key, int Start, int End) : Piece
    {
        public override string Resolve(string current) => Recipe.Slice(RealCorpus.Get(Key).Text, Start, End, Key);
    }

    /// <summary>Characters [Start, End) of the text as it was before this step.</summary>
    internal sealed record CopyPiece(int Start, int End) : Piece
    {
        public override string Resolve(string current) => Recipe.Slice(current, Start, End, "the current text");
    }

    /// <summary>
    /// One step of a recipe, on character offsets into the text as the steps before left it. <see cref="Label"/> says which
    /// mutation made it (<c>move-attribution</c>, <c>stray-c1</c>, …), for people reading a regression.
    /// </summary>
    internal abstract record RecipeStep(string Label)
    {
        public abstract string Apply(string current);

        public abstract string Write();
    }

    /// <summary>[Start, End) replaced by the pieces, in order (an insertion when Start = End, a cut when there are none).</summary>
    internal sealed record EditStep(string Label, int Start, int End, IReadOnlyList<Piece> Pieces) : RecipeStep(Label)
    {
        public override string Apply(string current)
        {
            Recipe.Slice(current, Start, End, "the current text");
            var b = new StringBuilder(current.Length + 64);
            b.Append(current, 0, Start);
            foreach (var p in Pieces)
            {
                b.Append(p.Resolve(current));
            }

            return b.Append(current, End, current.Length - End).ToString();
        }

        public override string Write() =>
            Label + " edit " + Start.ToString(CultureInfo.InvariantCulture) + " " + End.ToString(CultureInfo.InvariantCulture) +
            string.Concat(Pieces.Select(p => " " + p switch
            {
                LiteralPiece l => RecipeText.Quote(l.Text),
                DonorPiece d => "donor:" + d.Key + ":" + d.Start.ToString(CultureInfo.InvariantCulture) + ":" + d.End.ToString(CultureInfo.InvariantCulture),
                CopyPiece c => "copy:" + c.Start.ToString(CultureInfo.InvariantCulture) + ":" + c.End.ToString(CultureInfo.InvariantCulture),
                _ => throw new InvalidOperationException(p.GetType().Name),
            }));
    }

    /// <summary>A named rewrite of [Start, End): quote marks to one style, line ends to CRLF or CR (<see cref="RecipeText.Transforms"/>).</summary>
    internal sealed record TransformStep(string Label, string Name, int Start, int End) : RecipeStep(Label)
    {
        public override string Apply(string current)
        {
            var middle = Recipe.Slice(current, Start, End, "the current text");
            if (!RecipeText.Transforms.TryGetValue(Name, out var transform))
            {
                throw new InvalidDataException("unknown recipe transform '" + Name + "'");
            }

            return current.Substring(0, Start) + transform(middle) + current.Substring(End);
        }

        public override string Write() => Label + " transform " + Name + " " + Start.ToString(CultureInfo.InvariantCulture) + " " + End.ToString(CultureInfo.InvariantCulture);
    }

    /// <summary>Only these ranges of the text are kept, in order: what the shrinker leaves of a failing input.</summary>
    internal sealed record KeepStep(string Label, IReadOnlyList<(int Start, int End)> Ranges) : RecipeStep(Label)
    {
        public override string Apply(string current)
        {
            var b = new StringBuilder();
            foreach (var (s, e) in Ranges)
            {
                b.Append(Recipe.Slice(current, s, e, "the current text"));
            }

            return b.ToString();
        }

        public override string Write() =>
            Label + " keep" + string.Concat(Ranges.Select(r => " " + r.Start.ToString(CultureInfo.InvariantCulture) + ":" + r.End.ToString(CultureInfo.InvariantCulture)));
    }

    /// <summary>
    /// How an input was made from the real corpora: the article it starts from (<see cref="Base"/>, a <see cref="RealCorpus"/>
    /// key), the seed that drew the mutations, and the mutations as explicit steps. Replayed from <c>../shared</c> at test
    /// time, so a regression found on real prose is kept without a word of the publishers' text in the repository. The steps
    /// hold offsets, corpus keys and the fuzz's own text only; <see cref="Result"/> (a hash of the text the steps made) tells
    /// a replay that no longer gives the same input from one that does.
    /// </summary>
    internal sealed record Recipe(string Base, int Seed, IReadOnlyList<RecipeStep> Steps, string? Result = null)
    {
        public const string Header = "recipe:";

        public string Apply()
        {
            var text = RealCorpus.Get(Base).Text;
            for (var i = 0; i < Steps.Count; i++)
            {
                try
                {
                    text = Steps[i].Apply(text);
                }
                catch (InvalidDataException e)
                {
                    throw new InvalidDataException("recipe step " + (i + 1) + " (" + Steps[i].Write() + ") cannot be replayed: " + e.Message, e);
                }
            }

            if (Result != null && Hash(text) != Result)
            {
                throw new InvalidDataException("the recipe on " + Base + " made a text whose hash is " + Hash(text) + ", not " + Result +
                                               ": the recipe steps or the corpus changed since it was written");
            }

            return text;
        }

        /// <summary>The steps' labels, for summaries (<c>swap-sentence, stray-c1</c>).</summary>
        public string Describe() => Base + " + " + (Steps.Count == 0 ? "nothing" : string.Join(", ", Steps.Select(s => s.Label)));

        public Recipe WithResult() => this with { Result = Hash(Apply()) };

        public IEnumerable<string> Lines()
        {
            yield return "base " + Base;
            yield return "seed " + Seed.ToString(CultureInfo.InvariantCulture);
            foreach (var s in Steps)
            {
                yield return "step " + s.Write();
            }

            yield return "result " + (Result ?? Hash(Apply()));
        }

        public static Recipe Parse(IEnumerable<string> lines)
        {
            string? baseKey = null;
            var seed = 0;
            string? result = null;
            var steps = new List<RecipeStep>();
            foreach (var raw in lines)
            {
                var line = raw.Trim();
                if (line.Length == 0)
                {
                    continue;
                }

                var tokens = RecipeText.Tokens(line);
                switch (tokens[0])
                {
                    case "base":
                        baseKey = tokens[1];
                        break;
                    case "seed":
                        seed = int.Parse(tokens[1], CultureInfo.InvariantCulture);
                        break;
                    case "result":
                        result = tokens[1];
                        break;
                    case "step":
                        steps.Add(ParseStep(tokens));
                        break;
                    default:
                        throw new InvalidDataException("unknown recipe line '" + line + "'");
                }
            }

            return new Recipe(baseKey ?? throw new InvalidDataException("a recipe without a base article"), seed, steps, result);
        }

        private static RecipeStep ParseStep(List<string> t)
        {
            var label = t[1];
            int N(string s) => int.Parse(s, CultureInfo.InvariantCulture);
            switch (t[2])
            {
                case "edit":
                    var pieces = new List<Piece>();
                    foreach (var token in t.Skip(5))
                    {
                        if (token.StartsWith('"'))
                        {
                            pieces.Add(new LiteralPiece(RecipeText.Unquote(token)));
                        }
                        else if (token.StartsWith("copy:", StringComparison.Ordinal))
                        {
                            var parts = token.Split(':');
                            pieces.Add(new CopyPiece(N(parts[1]), N(parts[2])));
                        }
                        else if (token.StartsWith("donor:", StringComparison.Ordinal))
                        {
                            var parts = token.Split(':');
                            pieces.Add(new DonorPiece(parts[1], N(parts[2]), N(parts[3])));
                        }
                        else
                        {
                            throw new InvalidDataException("unknown recipe piece '" + token + "'");
                        }
                    }

                    return new EditStep(label, N(t[3]), N(t[4]), pieces);
                case "transform":
                    return new TransformStep(label, t[3], N(t[4]), N(t[5]));
                case "keep":
                    return new KeepStep(label, t.Skip(3).Select(r => r.Split(':')).Select(p => (N(p[0]), N(p[1]))).ToList());
                default:
                    throw new InvalidDataException("unknown recipe step '" + t[2] + "'");
            }
        }

        public static string Hash(string text) =>
            Convert.ToHexString(SHA256.HashData(FuzzFile.Utf8Lenient.GetBytes(text))).Substring(0, 12).ToLowerInvariant();

        internal static string Slice(string text, int start, int end, string what)
        {
            if (start < 0 || end < start || end > text.Length)
            {
                throw new InvalidDataException("range " + start + ".." + end + " lies outside " + what + " (" + text.Length + " characters)");
            }

            return text.Substring(start, end - start);
        }
    }

    /// <summary>The recipe's text helpers: quoting literals as ASCII, splitting a step line, and the named transforms.</summary>
    internal static class RecipeText
    {
        public static readonly IReadOnlyDictionary<string, Func<string, string>> Transforms = new Dictionary<string, Func<string, string>>(StringComparer.Ordinal)
        {
            ["quotes-straight"] = s => DoubleQuotes(s, "\"", "\""),
            ["quotes-curly"] = s => DoubleQuotes(s, "\u201C", "\u201D"),
            ["quotes-apostrophes"] = s => DoubleQuotes(s, "''", "''"), // the two-apostrophe quotes some wire texts use
            ["quotes-low"] = s => DoubleQuotes(s, "\u201E", "\u201C"),
            ["singles-straight"] = s => s.Replace('\u2018', '\'').Replace('\u2019', '\''),
            ["singles-curly"] = s => SingleQuotesCurly(s),
            ["crlf"] = s => s.Replace("\r\n", "\n", StringComparison.Ordinal).Replace("\n", "\r\n", StringComparison.Ordinal),
            ["cr"] = s => s.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\n', '\r'),
        };

        /// <summary>
        /// Every double quote mark (<c>“ ” „ "</c> and a pair of apostrophes) rewritten as <paramref name="open"/> or
        /// <paramref name="close"/>: opening where it follows a space, a line start or an opening bracket or dash.
        /// </summary>
        private static string DoubleQuotes(string s, string open, string close)
        {
            var b = new StringBuilder(s.Length + 16);
            for (var i = 0; i < s.Length; i++)
            {
                var c = s[i];
                var width = c is '\u201C' or '\u201D' or '\u201E' or '"' ? 1 : c == '\'' && i + 1 < s.Length && s[i + 1] == '\'' ? 2 : 0;
                if (width == 0)
                {
                    b.Append(c);
                    continue;
                }

                b.Append(Opens(s, i) ? open : close);
                i += width - 1;
            }

            return b.ToString();
        }

        private static string SingleQuotesCurly(string s)
        {
            var b = new StringBuilder(s.Length);
            for (var i = 0; i < s.Length; i++)
            {
                b.Append(s[i] == '\'' ? (Opens(s, i) ? '\u2018' : '\u2019') : s[i]);
            }

            return b.ToString();
        }

        private static bool Opens(string s, int i) =>
            i == 0 || char.IsWhiteSpace(s[i - 1]) || s[i - 1] is '(' or '[' or '\u2014' or '\u2013' or '\u2018' or '\u201C' or '\'' or '"';

        /// <summary>A literal as an ASCII token in double quotes: backslash escapes, \uXXXX for everything else outside printable ASCII.</summary>
        public static string Quote(string s)
        {
            var b = new StringBuilder(s.Length + 2).Append('"');
            foreach (var c in s)
            {
                if (c == '"' || c == '\\')
                {
                    b.Append('\\').Append(c);
                }
                else if (c >= ' ' && c < '\u007F')
                {
                    b.Append(c);
                }
                else
                {
                    b.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
                }
            }

            return b.Append('"').ToString();
        }

        public static string Unquote(string token)
        {
            var b = new StringBuilder(token.Length);
            for (var i = 1; i < token.Length - 1; i++)
            {
                var c = token[i];
                if (c != '\\')
                {
                    b.Append(c);
                }
                else if (token[i + 1] == 'u')
                {
                    b.Append((char)int.Parse(token.AsSpan(i + 2, 4), NumberStyles.HexNumber, CultureInfo.InvariantCulture));
                    i += 5;
                }
                else
                {
                    b.Append(token[++i]);
                }
            }

            return b.ToString();
        }

        /// <summary>A step line's tokens: split at spaces, a double-quoted literal (with its escapes) kept whole.</summary>
        public static List<string> Tokens(string line)
        {
            var tokens = new List<string>();
            for (var i = 0; i < line.Length;)
            {
                if (line[i] == ' ')
                {
                    i++;
                    continue;
                }

                var start = i;
                if (line[i] == '"')
                {
                    for (i++; i < line.Length && line[i] != '"'; i++)
                    {
                        if (line[i] == '\\')
                        {
                            i++;
                        }
                    }

                    i++;
                }
                else
                {
                    while (i < line.Length && line[i] != ' ')
                    {
                        i++;
                    }
                }

                tokens.Add(line.Substring(start, Math.Min(i, line.Length) - start));
            }

            return tokens;
        }
    }
}
