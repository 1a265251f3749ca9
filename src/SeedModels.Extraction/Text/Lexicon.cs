using System;
using System.Collections.Generic;

namespace SeedModels.Extraction.Text
{
    /// <summary>
    /// The closed word classes the rules lean on. General English newsroom vocabulary only: no article's
    /// names or phrases belong here.
    /// </summary>
    internal static partial class Lexicon
    {
        private static WordSet Set(string words) => new WordSet(words.Split(new[] { ' ', '\n', '\r' }, StringSplitOptions.RemoveEmptyEntries));

        /// <summary>Verbs that report speech or writing, in the forms news text uses.</summary>
        public static readonly WordSet SpeechVerbs = Set(@"
            said says say saying told tells telling tell wrote writes writing tweeted tweets tweeting posted
            asked asks asking added adds adding explained explains stated states declared declares announced announces
            insisted insists warned warns claimed claims argued argues noted notes replied replies responded responds
            continued continues recalled recalls admitted admits suggested suggests urged urges described describes
            describing called calling shouted shouts shouting yelled screamed chanted chanting whispered pleaded
            commented comments confirmed confirms revealed reveals remarked remarks testified testifies acknowledged
            conceded concedes stressed stresses emphasised emphasized predicted predicts quipped joked boasted
            lamented complained complains protested demanded demands questioned questions branded labelled labeled dubbed
            vowed vows vowing pledged pledges pledging promised promises promising answered answers countered counters
            retorted mused muses fumed snapped griped grumbled scoffed sniped wondered wonders cautioned cautions
            observed observes reported reports reiterated reiterates recounted recounts echoed echoes conceding
            acknowledges acknowledging insisting warning arguing claiming noting adding explaining recalling
            suggesting urging declaring announcing stating writing tweeting posting replying responding
            told tweeted wrote declared proclaimed proclaims opined mocked mocks quipped joked jokes boasted boasts
            charged charges alleged alleges contended contends maintained maintains asserted asserts cited cites
            added acknowledged agreed agrees disagreed predicted predicts thundered exclaimed
            concluded concludes pressed barked cracked gushed raged ranted chided scolded marveled marvelled sighed submitted submits
            reckons reckoned enthused enthuses raved sneered taunted teased interjected muttered mumbled stammered
            blurted hissed growled snarled seethed affirmed averred ventured volunteered disclosed discloses confided
            reasoned reasons speculated speculates posited clarified clarifies elaborated underlined
            underscored underscores emphasises emphasizes objected queried inquired enquired implored begged
            reassured reflected reflects concurred concurs retorts jibed laughed laughs smiled chuckled chuckles");

        /// <summary>Speech verbs that say only that something was said, used after a quote (<c>“…,” she said</c>).</summary>
        public static bool IsSpeechVerb(string word) => SpeechVerbs.Contains(word);

        /// <summary>The same test on a word in place: most words fail on length or case before any string is made.</summary>
        public static bool IsSpeechVerb(Word word)
        {
            var length = word.End - word.Start;
            return length >= 3 && length <= 12 && char.IsLower(word.First) && SpeechVerbs.Contains(word);
        }

        /// <summary>Honorifics before a name.</summary>
        public static readonly WordSet Titles = Set(@"
            mr mrs ms miss mx dr sir dame lord lady prof professor rev reverend fr father sister brother
            cllr coun sen rep gov gen lt sgt det insp supt capt col maj hon atty cmdr adm brig cathaoirleach
            cr const constable councilman councilwoman alderman ald engr eng barr madam mdm pastor imam rabbi sheikh
            datuk datin dato seri tun puan encik haji hajah alhaji hajiya shri smt");

        /// <summary>Titles that tell a person's gender, for resolving <c>he</c> and <c>she</c>.</summary>
        public static readonly WordSet MaleTitles = Set("mr sir lord father brother encik haji alhaji shri councilman");

        public static readonly WordSet FemaleTitles = Set("mrs ms miss dame lady sister madam mdm datin puan hajah hajiya smt councilwoman");

        /// <summary>Nouns that end the names of places (<c>Dún Ard Park</c>, <c>Elm Street</c>).</summary>
        public static readonly WordSet PlaceNouns = Set(@"
            park street road avenue square stadium arena beach river lane drive way bay point estate gardens green
            harbour harbor quay wharf pier valley mountain mountains island islands county district airport station
            sea ocean gulf strait coast peninsula desert canal plaza fair fairgrounds states kingdom emirates pacific atlantic");

        /// <summary>Days and months: capitalised, never a name.</summary>
        public static readonly WordSet CalendarWords = Set(@"
            monday tuesday wednesday thursday friday saturday sunday january february march april may june july
            august september october november december jan feb mar apr jun jul aug sep sept oct nov dec");

        /// <summary>Job titles and descriptions that can stand before a name (<c>Health Minister Aroha Ngata</c>).</summary>
        public static readonly WordSet Roles = Set(@"
            reporter correspondent editor writer journalist columnist analyst contributor producer staff critic
            president minister secretary senator governor mayor chief director spokesman spokeswoman spokesperson
            officer commissioner chairman chairwoman chair chairperson leader host presenter commentator anchor
            researcher scientist lawyer attorney judge justice coach captain manager ceo cfo founder ambassador
            representative rep sen gov councillor councilor inspector detective sergeant constable superintendent
            general colonel admiral deputy vice head author economist doctor nurse teacher principal headteacher
            chancellor premier prime mp mep mla msp mpp mna mpa td treasurer spokesperson executive activist campaigner organiser organizer
            candidate lieutenant professor pastor archbishop cardinal rabbi imam curator historian administrator coordinator
            supervisor registrar commander videojournalist photojournalist
            expert consultant engineer architect designer singer actor actress rapper musician comedian player
            striker midfielder defender goalkeeper skipper forward veteran manager owner boss user resident witness
            assistant associate sheriff marshal fellow");

        /// <summary>
        /// Word endings of occupations (<c>Librarian</c>, <c>Prosecutor</c>, <c>Florist</c>, <c>Volunteer</c>) that,
        /// capitalised at a sentence's start, stand before a name as a job title.
        /// </summary>
        public static readonly string[] OccupationEndings = { "er", "or", "ist", "ian", "ant", "ent", "eer", "wain", "ess", "man", "woman", "wife" };

        /// <summary>
        /// Adverbs, conjunctions and comparatives that end like occupations (<c>Varga rather pointedly said …</c> has no
        /// description "Varga rather"); the adverbs of a verb group (<c>earlier</c>, <c>never</c>) are excluded through
        /// <see cref="VerbGroupWords"/>.
        /// </summary>
        public static readonly WordSet WordsLikeOccupations = Set(@"
            after another counter ever however other over rather together under whatever whenever
            wherever whether whichever whoever hither thither");

        /// <summary>First names that end like occupations, so they are never read as one (<c>Peter Jones said</c>).</summary>
        public static readonly WordSet FirstNamesLikeOccupations = Set(@"
            peter christopher jennifer oliver walter victor taylor christian brian ian vivian julian adrian damian fabian
            lillian marian sebastian esther heather amber alexander roger homer hunter parker spencer tyler connor trevor
            hector igor eleanor fletcher vincent laurent brent kent trent hester lester chester webster jasper casper
            xander skyler schuyler jenifer jennifer harper piper cooper archer carter foster sawyer baxter dexter
            declan herman sherman norman truman");

        /// <summary><see cref="IsOccupation(string)"/> of the word's bare form, tested where it stands.</summary>
        public static bool IsOccupationBare(Word word)
        {
            var end = word.BareEnd;
            if (Roles.Contains(word.Source, word.Start, end))
            {
                return true;
            }

            // The ending first: most words have none, and need no more look-ups.
            return end - word.Start >= 5 && HasOccupationEnding(word.Source, word.Start, end) && !FirstNamesLikeOccupations.Contains(word.Source, word.Start, end) &&
                   !WordsLikeOccupations.Contains(word.Source, word.Start, end) && !VerbGroupWords.Contains(word.Source, word.Start, end);
        }

        /// <summary>Whether the word is an occupation's plural (<c>investors</c>, <c>ministers</c>): the occupation and an <c>s</c>.</summary>
        public static bool IsOccupationPluralBare(Word word)
        {
            var end = word.BareEnd - 1;
            if (end - word.Start < 3 || word.Source[end] != 's')
            {
                return false;
            }

            return Roles.Contains(word.Source, word.Start, end) ||
                   (end - word.Start >= 5 && HasOccupationEnding(word.Source, word.Start, end) && !WordsLikeOccupations.Contains(word.Source, word.Start, end) &&
                    !VerbGroupWords.Contains(word.Source, word.Start, end));
        }

        /// <summary>Whether <paramref name="s"/>[start, end) ends with one of <see cref="OccupationEndings"/>, ignoring case.</summary>
        private static bool HasOccupationEnding(string s, int start, int end)
        {
            // An ASCII last letter equals an ending's (all ASCII) ignoring case only as the same letter: most endings are refused
            // on it before the comparison.
            var last = s[end - 1];
            foreach (var ending in OccupationEndings)
            {
                if (last <= '\u007F' && AsciiKeys.ToLowerAscii(last) != ending[ending.Length - 1])
                {
                    continue;
                }

                if (end - start >= ending.Length && string.Compare(s, end - ending.Length, ending, 0, ending.Length, System.StringComparison.OrdinalIgnoreCase) == 0)
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>A job title: a listed role, or a word with an occupation's ending that is no common first name.</summary>
        public static bool IsOccupation(string word)
        {
            if (Roles.Contains(word))
            {
                return true;
            }

            if (word.Length < 5 || FirstNamesLikeOccupations.Contains(word))
            {
                return false;
            }

            foreach (var ending in OccupationEndings)
            {
                if (word.EndsWith(ending, System.StringComparison.OrdinalIgnoreCase))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>Words that make a capitalised phrase an organisation rather than a person.</summary>
        public static readonly WordSet OrganisationWords = Set(@"
            police department ministry council association agency authority office service services committee faculty
            commission party union university college school hospital court company corporation corp inc ltd llc plc
            group bank board foundation institute trust news times post press network club league federation
            organisation organization government administration force army navy bureau team centre center society
            fund church development affairs academy airline airlines airways railway railways transit transport media studio studios
            records guard guardians brigade fire rescue unit coalition alliance movement campaign project partnership watch
            networks buses ferries logistics holdings industries technologies motors pharmaceuticals laboratories labs telecom
            utilities airport foods hotels insurance ventures enterprises construction");

        /// <summary>
        /// Words of a unit inside an organisation that an author's job names after a comma, beside <see cref="OrganisationWords"/>
        /// (<c>Research Fellow, Urban Mobility Programme</c>).
        /// </summary>
        public static readonly WordSet OrganisationUnitWords = Set("programme program division section laboratory initiative communications relations marketing");

        /// <summary>Verbs that name what something was called, so a following <c>by X</c> names who called it.</summary>
        public static readonly WordSet NamingVerbs = Set("branded labelled labeled dubbed termed called described criticised criticized condemned slammed hailed praised");

        /// <summary>Auxiliaries that put a verb in the future or the conditional: <c>will march</c> is no picture.</summary>
        public static readonly WordSet Modals = Set("will would can could may might must should shall to");

        /// <summary>Nouns that, after <c>the</c>, refer back to an organisation already named (<c>the company said</c>).</summary>
        public static readonly WordSet OrganisationReferences = Set(@"
            company firm statement group business operator airline retailer union club agency charity department council
            authority board organisation organization government ministry team school university hospital trust service
            federation association league chain store brand network developer manufacturer insurer bank
            carrier regulator watchdog broadcaster lender utility supermarket carmaker automaker embassy");

        /// <summary>
        /// Common past tenses that do not end in <c>-ed</c> (<c>quit</c>, <c>won</c>, <c>took</c>): a short line holding one
        /// narrates, as the story does, where a caption placing something holds no verb.
        /// </summary>
        public static readonly WordSet IrregularPastVerbs = Set(@"
            quit hit won lost made took gave went came left met began ran sold bought brought fell rose saw found held kept
            paid led sent spent stood struck threw wrote told said drove flew fought grew knew rode shot sank spoke stole
            taught thought wore broke chose froze hid sat slept became built caught dug fed felt forgot got heard lent let
            meant read rang sang shut sought swore tore understood woke withdrew put set cut cost spread shed split bet");

        /// <summary>Prepositions saying where (<c>at</c>, <c>in</c>, <c>outside</c>): after a noun, a caption placing a thing.</summary>
        public static readonly WordSet PlacePrepositions = Set("at in on outside inside near beside behind");

        /// <summary>Prepositions after which a capitalised name is a place or an object, not a speaker.</summary>
        public static readonly WordSet Prepositions = Set("in at of from for with to by near on into onto across outside inside around across via");

        /// <summary>
        /// Prepositions that, with an article after them, put a name in place or object position (<c>over the Hottentots Holland</c>):
        /// the <see cref="Prepositions"/> and those that are not read before a bare name, where <c>under President Pike</c> or
        /// <c>against Novak Djokovic</c> still names a person.
        /// </summary>
        public static readonly WordSet PrepositionsBeforeArticle = new WordSet(System.Linq.Enumerable.Concat(
            Prepositions.Words, Set("over under through throughout along beyond toward towards against between among behind beneath beside within").Words));

        /// <summary>Lower-case words that may stand in a speaker's noun phrase before the name or role (<c>former deputy</c>).</summary>
        public static readonly WordSet SubjectModifiers = Set(@"
            former then current longtime veteran top senior junior chief deputy acting assistant associate interim
            presidential press campaign communications national state federal local regional international foreign
            fellow political republican democratic independent new retired ranking outgoing incoming");

        /// <summary>Adverbs and auxiliaries that stand between a subject and its verb (<c>Varga has repeatedly said</c>).</summary>
        public static readonly WordSet VerbGroupWords = Set(@"
            also then later again once still just even never not first recently previously earlier finally further already
            often has had have was is were are will would could can may might did does do who later too");

        /// <summary>Words of time that end a name after its verb (<c>said Jo Bloggs last week</c>).</summary>
        public static readonly WordSet TimeWords = Set("during after before while when last this earlier later today yesterday tonight");

        /// <summary>Nouns for a person that a definite description ends in (<c>the candidate</c>, <c>the businessman</c>).</summary>
        public static readonly WordSet PersonNouns = Set(@"
            man woman candidate nominee frontrunner front-runner mogul billionaire businessman businesswoman
            senator governor congressman congresswoman lawmaker president mayor official chief");

        /// <summary>A member of a party, as news text describes a politician after the name (<c>Jo Bloggs, Democrat of Benwick</c>).</summary>
        public static readonly WordSet PartyMembers = Set("republican democrat independent libertarian conservative liberal socialist labour green");

        /// <summary>
        /// Party members a definite description ends in (<c>the Benwick Republican said</c>): a politician named before, not an
        /// organisation's name. Not <c>Independent</c> or <c>Green</c>, which end newspapers' and people's names.
        /// </summary>
        public static readonly WordSet PartyMemberDescriptions = Set("republican democrat libertarian conservative liberal socialist tory");

        /// <summary>Pronouns a speaker can be referred to by.</summary>
        public static readonly WordSet PersonPronouns = Set("he she");

        /// <summary>Particles after a verb's object (<c>backed her up</c>): the <c>her</c> before one is no possessive.</summary>
        public static readonly WordSet VerbParticles = Set("up down out off back away over");

        /// <summary>The forms of <c>he</c> and <c>she</c>, which tell the gender of the sentence subject they refer back to.</summary>
        public static readonly WordSet MalePronouns = Set("he his him himself");

        public static readonly WordSet FemalePronouns = Set("she her hers herself");

        public static readonly WordSet GroupPronouns = Set("it they");

        /// <summary>The writer or the people inside a quote: never a speaker the article names.</summary>
        public static readonly WordSet FirstPersonPronouns = Set("i we you me us");

        /// <summary>Pronouns that name nobody: a quote they introduce has no speaker.</summary>
        public static readonly WordSet IndefinitePronouns = Set("someone somebody anyone anybody everyone everybody nobody no-one");

        /// <summary>Words that open a sentence without being its subject (<c>After …,</c>, <c>However,</c>).</summary>
        public static readonly WordSet ClauseOpeners = Set(@"
            after following before when while whilst as in on at despite although though since during earlier later
            speaking asked however but and yet so meanwhile also then still now today yesterday last this that if
            once because with without amid under over by from for back");

        /// <summary>Determiners that open a description used as a speaker (<c>one Twitter user</c>).</summary>
        public static readonly WordSet Determiners = Set("a an the one some another his her their its this that");

        /// <summary>Function words that cannot be part of a name.</summary>
        /// <summary>Prepositions and conjunctions past <see cref="FunctionWords"/> that no headline closes on: a line ending with one runs on.</summary>
        public static readonly WordSet RunOnWords = Set(@"
            after before into against amid despite until while because during across through without onto upon via versus
            vs per among between toward towards unless");

        public static readonly WordSet FunctionWords = Set(@"
            the a an and or but of in on at to for with from by as is are was were be been has have had do does did
            not no it its he she they we you i this that these those there here who what when where why how which
            if then than so our your their his her my me him them us");

        /// <summary>
        /// Function words a heading may close on (<c>Where to eat it</c>, <c>Getting there</c>, <c>How to find us</c>): a line of a
        /// sentence broken over two lines closes on a joiner (<c>of</c>, <c>the</c>, <c>and</c>) instead.
        /// </summary>
        public static readonly WordSet HeadingClosers = Set("it there here them us");

        /// <summary>Name particles that may stand lower-case inside a name (<c>Ursula von der Leyen</c>).</summary>
        public static readonly WordSet NameParticles = Set("de da di del della der den van von la le du bin binti bint al ibn dos das st ó ní nic dela delos");

        /// <summary>Verbs in the present tense that describe what a photo shows (<c>A firefighter sprays water…</c>).</summary>
        public static readonly WordSet PhotoVerbs = Set(@"
            poses pose stands stand sits sit walks walk waves wave gestures gesture smiles smile arrives arrive
            reacts react attends attend celebrates celebrate prays pray kneels kneel embraces embrace hugs hug
            chants chant carries carry wears wear listens listen watches watch gathers gather marches march
            clashes clash rides ride sprays spray climbs climb jumps jump sings sing dances dance inspects inspect
            examines examine waits wait queues queue sweeps sweep greets greet pictured");

        /// <summary>Present-tense verbs in <c>-s</c> that narrate rather than describe a picture (<c>The report shows</c>).</summary>
        public static readonly WordSet NarrativeVerbs = Set(@"
            shows says appears seems suggests reveals means remains includes contains costs has does goes plans wants needs
            hopes expects believes thinks knows claims argues insists warns faces makes gets gives keeps lets puts sees tells
            asks adds notes runs works takes plays holds calls aims seeks follows comes becomes looks feels sounds requires
            allows affects involves depends represents provides offers covers reports estimates admits accepts denies");

        /// <summary>Words that open what a pictured action is done to or where (<c>hauls one of the kayaks</c>).</summary>
        public static readonly WordSet PictureObjectStarts = Set(@"
            one two three a an the his her their its some for with on in at outside inside during aboard near beside past
            through up down off into onto across along over under behind towards toward water out around");

        /// <summary>Credits that can follow a caption in parentheses without a label (<c>(Getty)</c>).</summary>
        public static readonly WordSet CreditWords = Set(@"
            getty images ap afp reuters pa epa aap shutterstock alamy supplied handout file twitter instagram facebook
            youtube tiktok pool archive archives bloomberg wireimage splash rex photo image picture credit source courtesy
            contributed");
    }
}
