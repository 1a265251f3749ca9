using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;

namespace SeedModels.Fuzz.Tests.Support
{
    /// <summary>The kinds of hostile article the generator makes.</summary>
    internal enum CaseKind
    {
        /// <summary>Random Unicode: unpaired surrogates, NUL, C0/C1 controls, bidi marks, emoji, combining marks, random code points.</summary>
        RandomUnicode,

        /// <summary>C# keywords, digits and symbols, <c>*/</c>, <c>&lt;/summary&gt;</c>, <c>"""</c>, <c>{0}</c>, backslashes as headline and fields.</summary>
        HostileHeadline,

        /// <summary>Hundreds to thousands of quote marks, curly and straight, single and double, nested and unbalanced.</summary>
        QuoteStorm,

        /// <summary>Garbage and half front matter: unclosed <c>---</c>, bad and duplicate keys, <c>id: class</c>, <c>date: 2021-13-45</c>.</summary>
        FrontMatter,

        /// <summary>Empty, white-space, binary, UTF-16, Latin-1 and broken UTF-8 files.</summary>
        EmptyOrBinary,

        /// <summary>The repository's real articles with lines deleted, duplicated, swapped, marks injected, bytes cut.</summary>
        Mutation,

        /// <summary>A group of files that all resolve to one identifier (same headline, id annotation or Id metadata, reserved names).</summary>
        Collision,

        /// <summary>A 10 MB file on one line.</summary>
        Huge,

        /// <summary>100 KB to 1.5 MB of paragraphs and quotes, a few of which in one batch exhaust the 6 M character budget.</summary>
        Large,

        /// <summary>A published article of <c>../shared/corpora</c>, spliced with others and mutated at test time (<see cref="RealArticleMutator"/>).</summary>
        RealArticle,

        /// <summary>An article of attribution sentences from the grammar of reporting shapes (<see cref="Support.ReportingGrammar"/>).</summary>
        ReportingGrammar,
    }

    /// <summary>
    /// A seeded generator of hostile article files. The same seed gives the same files, so every failure is
    /// reproducible from the seed and batch number printed with it.
    /// </summary>
    internal sealed class InputGenerator
    {
        public const int HugeBytes = 10 * 1024 * 1024;

        private static readonly CaseKind[] Ordinary =
        {
            CaseKind.RandomUnicode, CaseKind.HostileHeadline, CaseKind.QuoteStorm, CaseKind.FrontMatter, CaseKind.EmptyOrBinary, CaseKind.Mutation,
        };

        private readonly Random _r;
        private readonly string _prefix;
        private int _fileNumber;
        private int _groupNumber;

        /// <summary>Whether the file being made may hold C1 controls and U+FFFD (which make it unreadable, SEED008): one in ten.</summary>
        private bool _poison;

        public InputGenerator(int seed, string prefix = "seeds/")
        {
            _r = new Random(seed);
            _prefix = prefix;
        }

        /// <summary>
        /// A batch of <paramref name="count"/> files: kinds drawn from <paramref name="kinds"/> (all ordinary kinds when
        /// null), a collision group now and then, and a large or 10 MB file at the rates given. With
        /// <paramref name="realShare"/>, that share of the files (rounded up) is real-shaped instead: published articles
        /// mutated (three in five) or articles of the reporting grammar, placed among the others.
        /// </summary>
        public List<FuzzFile> Batch(int count, IReadOnlyList<CaseKind>? kinds, double collisionRate, double largeRate, double hugeRate, double realShare = 0)
        {
            var real = (int)Math.Ceiling(count * realShare);
            var files = Hostile(count - real, kinds, collisionRate, largeRate, hugeRate);
            for (var i = 0; i < real; i++)
            {
                files.Insert(_r.Next(files.Count + 1), One(_r.Next(5) < 3 ? CaseKind.RealArticle : CaseKind.ReportingGrammar));
            }

            return files;
        }

        private List<FuzzFile> Hostile(int count, IReadOnlyList<CaseKind>? kinds, double collisionRate, double largeRate, double hugeRate)
        {
            var files = new List<FuzzFile>(count);
            if (_r.NextDouble() < collisionRate && count >= 4)
            {
                files.AddRange(CollisionGroup(Math.Min(count / 2, _r.Next(2, 25))));
            }

            while (files.Count < count)
            {
                CaseKind kind;
                var roll = _r.NextDouble();
                if (roll < hugeRate)
                {
                    kind = CaseKind.Huge;
                }
                else if (roll < hugeRate + largeRate)
                {
                    kind = CaseKind.Large;
                }
                else
                {
                    var from = kinds ?? Ordinary;
                    kind = from[_r.Next(from.Count)];
                }

                if (kind == CaseKind.Collision)
                {
                    files.AddRange(CollisionGroup(Math.Min(count - files.Count, _r.Next(2, 12))));
                }
                else
                {
                    files.Add(One(kind));
                }
            }

            return files;
        }

        public FuzzFile One(CaseKind kind)
        {
            _poison = _r.Next(10) == 0;
            return OneOf(kind);
        }

        private FuzzFile OneOf(CaseKind kind) => kind switch
        {
            CaseKind.RandomUnicode => Text(RandomUnicode()),
            CaseKind.HostileHeadline => Text(HostileHeadline()),
            CaseKind.QuoteStorm => Text(QuoteStorm()),
            CaseKind.FrontMatter => Text(FrontMatter()),
            CaseKind.EmptyOrBinary => new FuzzFile(NextPath(), EmptyOrBinary(), MaybeId()),
            CaseKind.Mutation => new FuzzFile(NextPath(), Mutator.Mutate(_r, Corpus.Pick(_r)), MaybeId()),
            CaseKind.Huge => new FuzzFile(NextPath(), Huge(), null),
            CaseKind.Large => Text(Large()),
            CaseKind.Collision => CollisionGroup(1)[0],
            CaseKind.RealArticle => RealArticle(),
            CaseKind.ReportingGrammar => ReportingGrammar(),
            _ => throw new ArgumentOutOfRangeException(nameof(kind)),
        };

        private FuzzFile RealArticle()
        {
            var (recipe, text) = RealArticleMutator.Make(_r.Next());
            return FuzzFile.FromRecipe(NextPath(), recipe, MaybeId(), text);
        }

        /// <summary>A grammar article; one in eight with a stray character (C1 above all) put into a sentence, as mojibake does.</summary>
        private FuzzFile ReportingGrammar()
        {
            var text = new ReportingGrammar(_r).Article();
            if (_r.Next(8) == 0)
            {
                var at = _r.Next(text.Length + 1);
                text = text.Insert(at, Pick(RealArticleMutator.StrayCharacters));
            }

            return Text(text) with { Shape = InputShape.ReportingGrammar };
        }

        /// <summary>Half the text-made files are editor buffers (unpaired surrogates kept), half files on disk (saved as UTF-8).</summary>
        private FuzzFile Text(string text)
        {
            var path = NextPath();
            var id = MaybeId();
            return _r.Next(2) == 0 ? FuzzFile.FromEditor(path, text, id) : FuzzFile.FromText(path, text, id);
        }

        /// <summary>Mostly <c>seeds/fNNNN.txt</c>; now and then a nested folder or a name full of syntax, spaces and marks.</summary>
        private string NextPath()
        {
            var n = (_fileNumber++).ToString("D4", CultureInfo.InvariantCulture);
            var roll = _r.Next(40);
            return roll switch
            {
                0 => _prefix + "odd */ </summary> & \"name\" {0} " + n + ".txt",
                1 => _prefix + "sub dir/deeper/" + n + ".txt",
                2 => _prefix + "\u00E9t\u00E9 \U0001F600 \u202E" + n + ".txt",
                3 => _prefix + "F" + (_fileNumber - 2).ToString("D4", CultureInfo.InvariantCulture) + ".txt", // an earlier file's name in other case
                4 => _prefix + "class " + n + ".txt",
                5 => _prefix + n + ".TXT",
                6 => _prefix + "..." + n + "..txt",
                7 => _prefix + "a-b_c.d " + n + ".txt",
                _ => _prefix + "f" + n + ".txt",
            };
        }

        private string? MaybeId()
        {
            var roll = _r.Next(30);
            return roll switch
            {
                0 => Pick(Pools.IdValues),
                1 => "  " + Pick(Pools.IdValues) + " ",
                2 => string.Empty,
                _ => null,
            };
        }

        private T Pick<T>(IReadOnlyList<T> items) => items[_r.Next(items.Count)];

        private string LineEnd() => _r.Next(4) == 0 ? Pick(Pools.LineEnds) : "\n";

        /// <summary>A random Unicode scalar value or lone surrogate, including unassigned and private-use ones.</summary>
        private string RandomCodePoint()
        {
            var roll = _r.Next(10);
            if (roll < 2)
            {
                return ((char)_r.Next(0xD800, 0xE000)).ToString(); // an unpaired surrogate
            }

            var cp = roll < 4 ? _r.Next(0, 0x100) : roll < 8 ? _r.Next(0, 0x10000) : _r.Next(0x10000, 0x110000);
            if (!_poison && ((cp >= 0x80 && cp <= 0x9F) || cp == 0xFFFD))
            {
                cp = 'x';
            }

            return cp >= 0xD800 && cp < 0xE000 ? ((char)cp).ToString() : char.ConvertFromUtf32(cp);
        }

        private string Token()
        {
            var roll = _r.Next(100);
            if (roll < 55)
            {
                return Pick(Pools.Words);
            }

            if (roll < 68)
            {
                return _poison && _r.Next(10) == 0 ? Pick(Pools.Poison) : Pick(Pools.Specials);
            }

            if (roll < 80)
            {
                return Pick(Pools.CodeTokens);
            }

            if (roll < 92)
            {
                return Pick(Pools.QuoteMarks) + (_r.Next(2) == 0 ? Pick(Pools.Words) : string.Empty);
            }

            return RandomCodePoint();
        }

        private string Sentence(int minTokens, int maxTokens, Func<string> token)
        {
            var n = _r.Next(minTokens, maxTokens + 1);
            var b = new StringBuilder();
            for (var i = 0; i < n; i++)
            {
                if (i > 0)
                {
                    b.Append(_r.Next(12) == 0 ? Pick(new[] { "", "  ", "\t", "\u00A0", "\u3000", "\u200B" }) : " ");
                }

                b.Append(token());
            }

            return b.ToString();
        }

        private string RandomUnicode()
        {
            if (_r.Next(5) == 0)
            {
                // No structure at all: a soup of code points, controls and marks.
                var b = new StringBuilder();
                var n = _r.Next(1, 3000);
                for (var i = 0; i < n; i++)
                {
                    b.Append(_r.Next(3) == 0 ? Pick(Pools.Specials) : RandomCodePoint());
                }

                return b.ToString();
            }

            var text = new StringBuilder();
            text.Append(Sentence(1, 8, Token)).Append(LineEnd()).Append(LineEnd());
            var paragraphs = _r.Next(0, 8);
            for (var p = 0; p < paragraphs; p++)
            {
                var lines = _r.Next(1, 4);
                for (var l = 0; l < lines; l++)
                {
                    text.Append(Sentence(1, 40, Token)).Append(LineEnd());
                }

                text.Append(LineEnd());
            }

            return text.ToString();
        }

        private string CodeToken() => _r.Next(6) == 0 ? Pick(Pools.Specials) : Pick(Pools.CodeTokens);

        private string HostileHeadline()
        {
            var headline = Sentence(1, 6, CodeToken);
            var body = new StringBuilder();
            var roll = _r.Next(6);
            switch (roll)
            {
                case 0:
                    body.Append("---\nheadline: ").Append(headline).Append("\nbyline: ").Append(Sentence(1, 4, CodeToken))
                        .Append("\nplace: ").Append(Sentence(1, 3, CodeToken)).Append("\nagency: ").Append(Sentence(1, 2, CodeToken))
                        .Append("\nsource: ").Append(Sentence(1, 3, CodeToken)).Append("\nurl: ").Append(Sentence(1, 2, CodeToken))
                        .Append("\ntags: ").Append(Sentence(1, 5, CodeToken)).Append("\nstandfirst: ").Append(Sentence(1, 9, CodeToken))
                        .Append("\n---\n");
                    break;
                case 1:
                    break; // the headline comes last, as "Originally published as …"
                default:
                    body.Append(headline).Append(LineEnd()).Append(LineEnd());
                    break;
            }

            if (_r.Next(2) == 0)
            {
                body.Append("By ").Append(Sentence(1, 3, CodeToken)).Append(" and ").Append(Sentence(1, 2, CodeToken)).Append("\n\n");
            }

            if (_r.Next(3) == 0)
            {
                body.Append(Sentence(1, 2, CodeToken).ToUpperInvariant()).Append(" (").Append(Sentence(1, 2, CodeToken)).Append(") - ");
            }

            var paragraphs = _r.Next(1, 7);
            for (var p = 0; p < paragraphs; p++)
            {
                switch (_r.Next(6))
                {
                    case 0:
                        body.Append(Sentence(2, 6, CodeToken)).Append(" (Image: ").Append(Sentence(1, 3, CodeToken)).Append(")\n\n");
                        break;
                    case 1:
                        body.Append("\u201C").Append(Sentence(3, 12, CodeToken)).Append(",\u201D said ").Append(Sentence(1, 3, CodeToken)).Append(".\n\n");
                        break;
                    case 2:
                        body.Append(Sentence(2, 5, CodeToken)).Append("\n\n"); // a crosshead made of code
                        break;
                    case 3:
                        body.Append("&lt;p&gt;").Append(Sentence(2, 8, CodeToken)).Append("&lt;/p&gt; Photo: ").Append(Sentence(1, 3, CodeToken)).Append("\n\n");
                        break;
                    default:
                        body.Append("The ").Append(Sentence(4, 30, () => _r.Next(2) == 0 ? Pick(Pools.Words) : CodeToken())).Append(".\n\n");
                        break;
                }
            }

            if (roll == 1)
            {
                body.Append("Originally published as ").Append(headline).Append('\n');
            }

            return body.ToString();
        }

        private string QuoteStorm()
        {
            var b = new StringBuilder();
            if (_r.Next(3) > 0)
            {
                b.Append("Quotes everywhere ").Append(_r.Next(1000)).Append("\n\n");
            }

            var style = _r.Next(80);
            if (style == 79)
            {
                // Thousands of short quotes in one paragraph with no sentence end: every quote's attribution window is open-ended.
                var quotes = _r.Next(6000, 12000);
                var mark = _r.Next(3);
                for (var i = 0; i < quotes; i++)
                {
                    b.Append(mark == 0 ? "\u201Cab\u201D " : mark == 1 ? "\u2018ab\u2019 " : "\"ab\" ");
                }

                return b.Append('\n').ToString();
            }

            style %= 6;
            var marks = _r.Next(50, 6000);
            var single = Pick(Pools.QuoteMarks);
            for (var i = 0; i < marks; i++)
            {
                switch (style)
                {
                    case 0:
                        b.Append(single); // thousands of one mark
                        break;
                    case 1:
                        b.Append(i % 2 == 0 ? "\u201C" : "\u201D");
                        break;
                    case 2:
                        b.Append(Pick(Pools.QuoteMarks)); // a random mix, no words
                        break;
                    case 3:
                        b.Append(i % 4 < 2 ? "\u201C\u2018" : "\u2019\u201D"); // nesting ever deeper
                        break;
                    default:
                        b.Append(Pick(Pools.QuoteMarks));
                        if (_r.Next(3) == 0)
                        {
                            b.Append(Pick(Pools.Words));
                        }

                        if (_r.Next(8) == 0)
                        {
                            b.Append(_r.Next(2) == 0 ? ", she said. " : " said Jane Doe. ");
                        }

                        if (_r.Next(60) == 0)
                        {
                            b.Append("\n\n");
                        }
                        else if (_r.Next(3) == 0)
                        {
                            b.Append(' ');
                        }

                        break;
                }

                if (style < 4 && _r.Next(500) == 0)
                {
                    b.Append(_r.Next(2) == 0 ? "\n\n" : " ");
                }
            }

            b.Append('\n');
            return b.ToString();
        }

        private string FrontMatter()
        {
            var b = new StringBuilder();
            var opener = _r.Next(12) switch
            {
                0 => "--- ",
                1 => "----",
                2 => "\n---",
                3 => "\uFEFF---",
                4 => " ---",
                _ => "---",
            };
            b.Append(opener).Append(LineEnd());
            var lines = _r.Next(0, _r.Next(10) == 0 ? 400 : 12);
            for (var i = 0; i < lines; i++)
            {
                var key = Pick(Pools.FrontMatterKeys);
                string value = key.Trim().ToLowerInvariant() switch
                {
                    "date" => Pick(Pools.DateValues),
                    "id" => _r.Next(3) == 0 ? Sentence(1, 3, Token) : Pick(Pools.IdValues),
                    _ => _r.Next(4) == 0 ? string.Empty : Sentence(1, 8, Token),
                };
                switch (_r.Next(10))
                {
                    case 0:
                        b.Append(key).Append(LineEnd()); // no colon
                        break;
                    case 1:
                        b.Append(key).Append(':').Append(value).Append(LineEnd()); // no space
                        break;
                    case 2:
                        b.Append(": ").Append(value).Append(LineEnd()); // no key
                        break;
                    case 3:
                        b.Append(Sentence(1, 6, Token)).Append(LineEnd()); // garbage
                        break;
                    case 4:
                        b.Append(LineEnd()); // a blank line inside the front matter
                        break;
                    default:
                        b.Append(key).Append(": ").Append(value).Append(LineEnd());
                        break;
                }
            }

            if (_r.Next(3) > 0)
            {
                b.Append(_r.Next(8) == 0 ? "--- trailing" : "---").Append(LineEnd()); // a third of them never closed
            }

            switch (_r.Next(4))
            {
                case 0:
                    break; // front matter only
                case 1:
                    b.Append(RandomUnicode());
                    break;
                default:
                    b.Append("Harbour wall rebuilt after storms").Append("\n\n").Append("The wall was rebuilt in May. It cost less than planned.\n\n")
                        .Append("\u201CWe finished early,\u201D said harbour master Tom Reyes.\n");
                    break;
            }

            return b.ToString();
        }

        private byte[] EmptyOrBinary()
        {
            switch (_r.Next(16))
            {
                case 0:
                    return Array.Empty<byte>();
                case 1:
                    return Encoding.UTF8.GetBytes(Pick(new[] { " ", "\n", "\r\n\r\n", "\t \u00A0 \u3000\n", "\uFEFF", "\uFEFF\n\n", "\u200B\u200B", "\u2028\u2029" }));
                case 2:
                    return new byte[] { 0xEF, 0xBB, 0xBF };
                case 3:
                    {
                        var bytes = new byte[_r.Next(1, 8192)];
                        _r.NextBytes(bytes);
                        return bytes;
                    }

                case 4:
                    return Enumerable.Range(0, _r.Next(1, 4000)).Select(i => (byte)_r.Next(0, 32)).ToArray(); // valid UTF-8, all controls
                case 5:
                    return new byte[_r.Next(1, 5000)]; // NULs
                case 6:
                    return Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes(Corpus.PickText(_r))).ToArray(); // UTF-16 LE with BOM
                case 7:
                    return Encoding.BigEndianUnicode.GetPreamble().Concat(Encoding.BigEndianUnicode.GetBytes(Corpus.PickText(_r))).ToArray();
                case 8:
                    return Encoding.Unicode.GetBytes(Corpus.PickText(_r)); // UTF-16 without a BOM: NULs between the letters
                case 9:
                    return Encoding.Latin1.GetBytes("Caf\u00E9 owner fined\n\nThe caf\u00E9 in the high street was fined on Tuesday.\n"); // Latin-1, not UTF-8
                case 10:
                    {
                        // A real article with one broken UTF-8 sequence spliced in.
                        var good = Encoding.UTF8.GetBytes(Corpus.PickText(_r)).ToList();
                        var bad = Pick(new[]
                        {
                            new byte[] { 0xFF }, new byte[] { 0xC0, 0x80 }, new byte[] { 0xED, 0xA0, 0x80 }, new byte[] { 0xF0, 0x9F, 0x98 },
                            new byte[] { 0x80 }, new byte[] { 0xF4, 0x90, 0x80, 0x80 }, new byte[] { 0xE2, 0x80 }, new byte[] { 0xFE, 0xFE },
                        });
                        good.InsertRange(_r.Next(good.Count + 1), bad);
                        return good.ToArray();
                    }

                case 11:
                    return Encoding.UTF8.GetBytes("A few NULs\n\nThe text\0 has a NUL\0 here and there but is\0 otherwise fine and long enough to be text.\n");
                case 12:
                    {
                        // Text with an executable's header in front.
                        var head = new byte[] { 0x7F, 0x45, 0x4C, 0x46, 0x02, 0x01, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4D, 0x5A, 0x90, 0x00 };
                        return head.Concat(Encoding.UTF8.GetBytes(Corpus.PickText(_r))).ToArray();
                    }

                case 13:
                    return Encoding.UTF8.GetBytes(new string('\u0085', _r.Next(1, 50)) + "Headline\n\nBody text here.\n"); // C1 controls that are valid UTF-8
                case 14:
                    {
                        // Random bytes that happen to begin with a UTF-16 byte-order mark.
                        var bytes = new byte[_r.Next(2, 2048)];
                        _r.NextBytes(bytes);
                        bytes[0] = 0xFF;
                        bytes[1] = 0xFE;
                        return bytes;
                    }

                default:
                    return Encoding.UTF8.GetBytes("\uFEFF\uFEFF" + Corpus.PickText(_r)); // two BOMs
            }
        }

        /// <summary>A group of files meant to resolve to one identifier, or to names the generated code already uses.</summary>
        public List<FuzzFile> CollisionGroup(int count)
        {
            var files = new List<FuzzFile>(count);
            var group = (_groupNumber++).ToString(CultureInfo.InvariantCulture);
            var style = _r.Next(6);
            var name = Pick(new[] { "Capitol riot", "Name", "All", "Seed articles", "Seed articles link", "Instance", "Catalog link", "Equals", "System", "Fuzz", "2021", "class", "A", "Article" });
            for (var i = 0; i < count; i++)
            {
                var body = "\n\nStory " + i.ToString(CultureInfo.InvariantCulture) + " of a group that all resolve to one name. It has a body.\n";
                string text;
                string? id = null;
                switch (style)
                {
                    case 0:
                        text = name + body;
                        break;
                    case 1:
                        text = "---\nid: " + Pick(new[] { "Name", "Name2", "Name3", "Name22", "Name2" }) + "\n---\nSome headline" + body;
                        break;
                    case 2:
                        text = "A headline " + i.ToString(CultureInfo.InvariantCulture) + body;
                        id = Pick(new[] { "Dup", "Dup", "Dup2", "All", "class" });
                        break;
                    case 3:
                        // Headlines that differ only by punctuation, case or marks: one PascalCase name.
                        text = Pick(new[] { "Foo bar", "Foo-bar", "FOO BAR", "foo bar!", "Foo\u200Bbar", "Foo \u202Ebar", "Foo, bar", "\u201CFoo bar\u201D" }) + body;
                        break;
                    case 4:
                        // Long headlines that share their first 40 characters.
                        text = "Extraordinarily long headline words continue beyond the cut " + Sentence(1, 4, () => Pick(Pools.Words)) + body;
                        break;
                    default:
                        text = string.Empty + body.TrimStart('\n'); // no headline: the name comes from the file name
                        break;
                }

                files.Add(new FuzzFile(style == 5 ? _prefix + "same" + group + "/" + i.ToString(CultureInfo.InvariantCulture) + "/story.txt" : NextPath(), FuzzFile.Utf8Lenient.GetBytes(text), id));
            }

            return files;
        }

        /// <summary>
        /// The most list-heavy article: <paramref name="quotes"/> short quotations on one line, marks drawn from every style
        /// (issue 9, repro 4, was 200,000 of <c>word “quoted” </c>), or as many one-line paragraphs.
        /// </summary>
        public FuzzFile ListHeavy(int count, bool paragraphs)
        {
            var b = new StringBuilder(count * 16);
            b.Append("Lists everywhere ").Append(_r.Next(1000)).Append("\n\n");
            for (var i = 0; i < count; i++)
            {
                if (paragraphs)
                {
                    b.Append(Pick(Pools.Words)).Append(' ').Append(Pick(Pools.Words)).Append(".\n\n");
                    continue;
                }

                switch (_r.Next(4))
                {
                    case 0: b.Append("word \u201Cquoted\u201D "); break;
                    case 1: b.Append("word \u2018quoted\u2019 "); break;
                    case 2: b.Append("word \"quoted\" "); break;
                    default: b.Append(Pick(Pools.Words)).Append(" \u201C").Append(Pick(Pools.Words)).Append("\u201D "); break;
                }
            }

            return Text(b.Append('\n').ToString());
        }

        /// <summary>Ten megabytes on a single line.</summary>
        private byte[] Huge()
        {
            var style = _r.Next(5);
            var b = new StringBuilder(HugeBytes + 100);
            switch (style)
            {
                case 0:
                    while (b.Length < HugeBytes)
                    {
                        b.Append(Pick(Pools.Words)).Append(' ');
                    }

                    break;
                case 1:
                    while (b.Length < HugeBytes)
                    {
                        b.Append(_r.Next(3) == 0 ? Pick(Pools.QuoteMarks) : Pick(Pools.Words)).Append(' ');
                    }

                    break;
                case 2:
                    b.Append('a', HugeBytes); // one 10 MB word
                    break;
                case 3:
                    while (b.Length < HugeBytes)
                    {
                        b.Append(Token()).Append(' ');
                    }

                    break;
                default:
                    b.Append("\u201C");
                    while (b.Length < HugeBytes)
                    {
                        b.Append("We will rebuild it, ");
                    }

                    b.Append("\u201D she said.");
                    break;
            }

            var text = b.ToString().Replace("\n", " ").Replace("\r", " ").Replace("\u2028", " ").Replace("\u0085", " ");
            var bytes = FuzzFile.Utf8Lenient.GetBytes(text);
            return bytes.Length > HugeBytes + 64 ? bytes.AsSpan(0, HugeBytes).ToArray() : bytes;
        }

        private string Large()
        {
            var target = _r.Next(100_000, 1_500_000);
            var b = new StringBuilder(target + 1000);
            b.Append("A large story ").Append(_r.Next(100000)).Append("\n\n");
            while (b.Length < target)
            {
                switch (_r.Next(5))
                {
                    case 0:
                        b.Append('\u201C').Append(Sentence(5, 30, () => Pick(Pools.Words))).Append(",\u201D said ").Append(Pick(new[] { "Jane Doe", "John Roe", "she", "he", "the council" })).Append(".\n\n");
                        break;
                    case 1:
                        b.Append(Sentence(2, 5, () => Pick(Pools.Words))).Append("\n\n");
                        break;
                    default:
                        b.Append(Sentence(20, 200, () => _r.Next(20) == 0 ? Token() : Pick(Pools.Words))).Append(".\n\n");
                        break;
                }
            }

            return b.ToString();
        }
    }
}
