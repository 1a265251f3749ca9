using System;
using System.Collections.Generic;
using System.Linq;

namespace SeedModels.Fuzz.Tests.Support
{
    /// <summary>
    /// New inputs in the shapes of real prose, made from the published articles of <c>../shared/corpora</c> at test time:
    /// sentences swapped across articles, a quote's attribution clause moved to another quote, names swapped, paragraphs
    /// duplicated, cut, merged and split, stray C1, control and bidi characters put into otherwise clean text, the quote
    /// marks switched between curly, straight and two apostrophes, a text cut inside a quote, the punctuation around a
    /// quote changed, a short article made of a headline and a paragraph or two, sentences of <see cref="ReportingGrammar"/>
    /// spliced in. Every mutation is written down as <see cref="Recipe"/> steps (offsets, corpus keys and the fuzz's own
    /// text only), so a failure is kept as its recipe, never as the publishers' text.
    /// </summary>
    internal static class RealArticleMutator
    {
        /// <summary>The stray characters: C1 controls above all (what mojibake leaves in published text), then C0, bidi, zero-width marks.</summary>
        public static readonly string[] StrayCharacters =
        {
            "\u0080", "\u0081", "\u0083", "\u0083", "\u0083", "\u0085", "\u008D", "\u008F", "\u0090", "\u0092", "\u0093", "\u0094",
            "\u0096", "\u0097", "\u009D", "\u009F", "\u0001", "\u0007", "\u001B", "\u007F", "\u000B", "\u202E", "\u202A", "\u2066",
            "\u200F", "\u200B", "\u200D", "\u00A0", "\u00AD", "\uFEFF", "\u2028", "\uFFFD",
        };

        /// <summary>The C1 controls, U+0080–U+009F: valid UTF-8 when written as such, the mark of Latin-1-decoded bytes when not.</summary>
        public static bool IsC1(char c) => c >= '\u0080' && c <= '\u009F';

        private sealed class Builder
        {
            public Builder(CorpusArticle start)
            {
                Text = start.Text;
            }

            public string Text { get; private set; }

            public List<RecipeStep> Steps { get; } = new List<RecipeStep>();

            public void Edit(string label, int start, int end, params Piece[] pieces) => Add(new EditStep(label, start, end, pieces));

            public void Add(RecipeStep step)
            {
                Text = step.Apply(Text);
                Steps.Add(step);
            }
        }

        /// <summary>
        /// A recipe drawn from <paramref name="seed"/> (a corpus article and up to a handful of mutations; none, one time in ten),
        /// and the text it makes.
        /// </summary>
        public static (Recipe Recipe, string Text) Make(int seed)
        {
            var r = new Random(seed);
            var start = RealCorpus.Pick(r);
            var b = new Builder(start);
            var mutations = r.Next(10) == 0 ? 0 : 1 + (r.Next(3) == 0 ? r.Next(1, 5) : r.Next(0, 2));
            for (var m = 0; m < mutations && b.Text.Length < 400_000; m++)
            {
                Mutate(r, b);
            }

            return (new Recipe(start.Key, seed, b.Steps, Recipe.Hash(b.Text)), b.Text);
        }

        private static T Pick<T>(Random r, IReadOnlyList<T> items) => items[r.Next(items.Count)];

        private static Piece FromDonor(CorpusArticle donor, (int Start, int End) range) => new DonorPiece(donor.Key, range.Start, range.End);

        private static void Mutate(Random r, Builder b)
        {
            var text = b.Text;
            var paragraphs = ArticleText.Paragraphs(text);
            if (paragraphs.Count == 0)
            {
                b.Edit("grammar-article", 0, text.Length, new LiteralPiece(new ReportingGrammar(r).Article()));
                return;
            }

            var grammar = new ReportingGrammar(r);
            switch (r.Next(20))
            {
                case 0:
                case 1:
                    {
                        // A sentence of another article in place of one of this one's.
                        var sentences = ArticleText.AllSentences(text);
                        var donor = RealCorpus.Pick(r);
                        var donorSentences = ArticleText.AllSentences(donor.Text);
                        if (sentences.Count > 0 && donorSentences.Count > 0)
                        {
                            var (s, e) = Pick(r, sentences);
                            var (ds, de) = Pick(r, donorSentences);
                            b.Edit("swap-sentence", s, e, new DonorPiece(donor.Key, ds, de));
                        }

                        break;
                    }

                case 2:
                    {
                        // A paragraph of another article between two of this one's.
                        var donor = RealCorpus.Pick(r);
                        var donorParagraphs = ArticleText.Paragraphs(donor.Text);
                        if (donorParagraphs.Count > 0)
                        {
                            var at = Pick(r, paragraphs).End;
                            var (ds, de) = Pick(r, donorParagraphs);
                            b.Edit("splice-paragraph", at, at, new LiteralPiece("\n\n"), new DonorPiece(donor.Key, ds, de));
                        }

                        break;
                    }

                case 3:
                case 4:
                case 5:
                    {
                        // A quote's attribution clause replaced by another article's, or by one of the grammar's.
                        var clauses = ArticleText.AttributionClauses(text);
                        if (clauses.Count == 0)
                        {
                            goto case 15;
                        }

                        var (s, e) = Pick(r, clauses);
                        var donor = RealCorpus.Pick(r);
                        var donorClauses = ArticleText.AttributionClauses(donor.Text);
                        b.Edit("move-attribution", s, e, donorClauses.Count > 0 && r.Next(2) == 0 ? FromDonor(donor, Pick(r, donorClauses)) : new LiteralPiece(grammar.Clause()));
                        break;
                    }

                case 6:
                    {
                        // A name run swapped for another article's or the grammar's.
                        var names = ArticleText.NameRuns(text);
                        if (names.Count == 0)
                        {
                            goto case 15;
                        }

                        var (s, e) = Pick(r, names);
                        var donor = RealCorpus.Pick(r);
                        var donorNames = ArticleText.NameRuns(donor.Text);
                        b.Edit("swap-name", s, e, donorNames.Count > 0 && r.Next(2) == 0 ? FromDonor(donor, Pick(r, donorNames)) : new LiteralPiece(grammar.SpeakerName()));
                        break;
                    }

                case 7:
                    {
                        var (s, e) = Pick(r, paragraphs);
                        b.Edit("duplicate-paragraph", e, e, new LiteralPiece("\n\n"), new CopyPiece(s, e));
                        break;
                    }

                case 8:
                    {
                        if (paragraphs.Count < 2)
                        {
                            goto case 7;
                        }

                        var i = r.Next(paragraphs.Count);
                        var end = i + 1 < paragraphs.Count ? paragraphs[i + 1].Start : text.Length;
                        b.Edit("cut-paragraph", paragraphs[i].Start, end);
                        break;
                    }

                case 9:
                    {
                        if (paragraphs.Count < 2)
                        {
                            goto case 7;
                        }

                        var i = r.Next(paragraphs.Count - 1);
                        var (s1, e1) = paragraphs[i];
                        var (s2, e2) = paragraphs[i + 1];
                        if (r.Next(2) == 0)
                        {
                            b.Edit("merge-paragraphs", s1, e2, new CopyPiece(s1, e1), new LiteralPiece(" "), new CopyPiece(s2, e2));
                        }
                        else
                        {
                            b.Edit("swap-paragraphs", s1, e2, new CopyPiece(s2, e2), new CopyPiece(e1, s2), new CopyPiece(s1, e1));
                        }

                        break;
                    }

                case 10:
                    {
                        // A paragraph split at a sentence: a quote may now run over two paragraphs, unclosed in the first.
                        var sentences = ArticleText.AllSentences(text);
                        if (sentences.Count < 2)
                        {
                            goto case 7;
                        }

                        var at = Pick(r, sentences).End;
                        b.Edit("split-paragraph", at, Math.Min(at + 1, text.Length), new LiteralPiece("\n\n"));
                        break;
                    }

                case 11:
                case 12:
                    {
                        // One stray character, mostly inside a word (where mojibake puts it: "caf\u0083").
                        var stray = Pick(r, StrayCharacters);
                        var at = ArticleText.Safe(text, r.Next(text.Length + 1));
                        if (r.Next(3) > 0)
                        {
                            var sentences = ArticleText.AllSentences(text);
                            if (sentences.Count > 0)
                            {
                                var (s, e) = Pick(r, sentences);
                                at = ArticleText.Safe(text, s + r.Next(e - s + 1));
                            }
                        }

                        b.Edit(IsC1(stray[0]) ? "stray-c1" : "stray-character", at, at, new LiteralPiece(stray));
                        break;
                    }

                case 13:
                    {
                        // The quote marks of the whole text, or of one paragraph, in another style.
                        var name = Pick(r, new[] { "quotes-straight", "quotes-curly", "quotes-apostrophes", "quotes-apostrophes", "quotes-low", "singles-straight", "singles-curly" });
                        var (s, e) = r.Next(2) == 0 ? (0, text.Length) : Pick(r, paragraphs);
                        b.Add(new TransformStep("quote-style", name, s, e));
                        break;
                    }

                case 14:
                    {
                        // The text cut inside a quotation.
                        var openings = ArticleText.QuoteOpenings(text);
                        if (openings.Count == 0)
                        {
                            goto case 15;
                        }

                        var at = Pick(r, openings);
                        var cut = ArticleText.Safe(text, Math.Min(text.Length, at + r.Next(0, 60)));
                        b.Edit("truncate-mid-quote", cut, text.Length, r.Next(2) == 0 ? Array.Empty<Piece>() : new Piece[] { new LiteralPiece("\n") });
                        break;
                    }

                case 15:
                    {
                        // An attribution sentence of the grammar, as a paragraph of its own or inside one.
                        var sentences = ArticleText.AllSentences(text);
                        var at = r.Next(2) == 0 || sentences.Count == 0 ? Pick(r, paragraphs).End : Pick(r, sentences).End;
                        var attribution = grammar.Attribution();
                        b.Edit("grammar-attribution", at, at, new LiteralPiece(r.Next(2) == 0 ? "\n\n" + attribution : " " + attribution));
                        break;
                    }

                case 16:
                    {
                        // The punctuation around a quote: the comma before the closing mark, the stop, a relative clause's comma.
                        var clauses = ArticleText.AttributionClauses(text);
                        if (clauses.Count == 0)
                        {
                            goto case 13;
                        }

                        var (s, e) = Pick(r, clauses);
                        switch (r.Next(4))
                        {
                            case 0:
                                {
                                    // ",” said" → ".” said", "?” said", "” said", " —” said"
                                    var comma = s - 1;
                                    while (comma > s - 5 && comma > 0 && text[comma] != ',' && text[comma] != '?' && text[comma] != '!')
                                    {
                                        comma--;
                                    }

                                    b.Edit("quote-punctuation", comma, comma + 1, new LiteralPiece(Pick(r, new[] { ".", "?", string.Empty, " \u2014", "...", ";" })));
                                    break;
                                }

                            case 1:
                                b.Edit("quote-punctuation", e, Math.Min(e + 1, text.Length), new LiteralPiece(Pick(r, new[] { string.Empty, ",", ":", " and", "!" })));
                                break;
                            case 2:
                                {
                                    var comma = text.IndexOf(',', s, e - s);
                                    if (comma >= 0)
                                    {
                                        b.Edit("quote-punctuation", comma, comma + 1, new LiteralPiece(Pick(r, new[] { string.Empty, " \u2014", " (", ";" })));
                                    }

                                    break;
                                }

                            default:
                                b.Edit("quote-punctuation", s - 1, s, new LiteralPiece(Pick(r, new[] { string.Empty, "  ", "\n", "\u00A0" })));
                                break;
                        }

                        break;
                    }

                case 17:
                    {
                        // A short article: the headline and one or two other paragraphs (where a one-sentence article crashed the engine).
                        var ranges = new List<(int, int)> { paragraphs[0] };
                        var take = Math.Min(paragraphs.Count - 1, r.Next(1, 3));
                        foreach (var i in Enumerable.Range(1, paragraphs.Count - 1).OrderBy(_ => r.Next()).Take(take).OrderBy(i => i))
                        {
                            ranges.Add((paragraphs[i - 1].End, paragraphs[i].End)); // the blank line before it too
                        }

                        b.Add(new KeepStep("short-article", ranges));
                        break;
                    }

                case 18:
                    {
                        var name = r.Next(3) switch { 0 => "crlf", 1 => "cr", _ => string.Empty };
                        if (name.Length > 0)
                        {
                            b.Add(new TransformStep("line-ends", name, 0, text.Length));
                        }
                        else
                        {
                            b.Edit("bom", 0, 0, new LiteralPiece("\uFEFF"));
                        }

                        break;
                    }

                default:
                    {
                        // A quote nested in another: single marks inside a double quote, or double inside double.
                        var openings = ArticleText.QuoteOpenings(text);
                        if (openings.Count == 0)
                        {
                            goto case 15;
                        }

                        var at = Pick(r, openings);
                        var inner = r.Next(3) switch { 0 => ("\u2018", "\u2019"), 1 => ("'", "'"), _ => ("\u201C", "\u201D") };
                        b.Edit("nested-quote", at, at, new LiteralPiece(inner.Item1 + grammar.SpeakerName() + inner.Item2 + " "));
                        break;
                    }
            }
        }
    }
}
