/**
 * Closed word lists the extractor's patterns use: titles, organisation and place heads, function words. General
 * English and general knowledge only; no names from any evaluation corpus.
 */

/** Lower-case words that join the parts of one name. */
export const NAME_PARTICLES = new Set([
  'von', 'van', 'der', 'den', 'de', 'del', 'della', 'di', 'da', 'do', 'dos', 'das', 'du', 'des', 'la', 'le', 'al',
  'el', 'bin', 'ibn', 'ben', 'ter', 'ten', 'zu', 'y', 'e',
]);

/** Lower-case words that join the parts of an organisation's name ("Bank of England", "Johnson & Johnson"). */
export const ORG_JOINERS = new Set(['of', 'for', '&', 'the', 'on', 'de', 'du', 'des', 'la', 'für']);

/** Title words that name a person's role (a hard stop for organisation names: "Press Secretary", "Party leader"). */
export const PERSON_ROLES = new Set([
  'president', 'minister', 'secretary', 'spokesman', 'spokeswoman', 'spokesperson', 'chief', 'director', 'chairman',
  'chairwoman', 'chair', 'ceo', 'cfo', 'coo', 'cto', 'ambassador', 'envoy', 'governor', 'gov', 'senator', 'sen',
  'representative', 'rep', 'congressman', 'congresswoman', 'mayor', 'judge', 'justice', 'general', 'gen', 'lieutenant',
  'lt', 'colonel', 'col', 'major', 'maj', 'captain', 'capt', 'commander', 'admiral', 'adm', 'sergeant', 'sgt',
  'leader', 'officer', 'executive', 'founder', 'co-founder', 'coach', 'manager', 'chancellor', 'king', 'queen',
  'prince', 'princess', 'pope', 'cardinal', 'bishop', 'archbishop', 'rev', 'reverend', 'professor', 'prof', 'dr',
  'mr', 'mrs', 'ms', 'miss', 'mx', 'sir', 'dame', 'lord', 'lady', 'emir', 'sheikh', 'sultan', 'ayatollah', 'imam',
  'rabbi', 'premier', 'president-elect', 'speaker', 'analyst', 'correspondent', 'editor', 'adviser', 'advisor',
  'counsel', 'assistant', 'dean', 'attorney', 'detective', 'inspector', 'superintendent', 'head', 'lawmaker', 'mp', 'pm',
  'mep', 'candidate', 'nominee', 'spokesmen', 'officials', 'official', 'member', 'chairperson', 'vice-president',
  'commissioner', 'deputy', 'coordinator', 'producer', 'director-general', 'secretary-general', 'staff',
  // Courts' titles for lawyers ("Senior Advocate X", "Advocate General").
  'advocate', 'barrister', 'solicitor',
]);

/**
 * Heads of state bodies: a country name before one is the owner, a mention of its own ("US Defense Department");
 * before a company head it is part of the name ("Singapore Airlines").
 */
export const GOVERNMENT_HEADS = new Set([
  'department', 'ministry', 'council', 'agency', 'commission', 'embassy', 'government', 'parliament', 'congress',
  'senate', 'administration', 'office', 'court', 'police', 'committee', 'cabinet', 'service', 'bureau', 'authority',
  'secretariat', 'directorate', 'mission', 'consulate',
]);

/** Honorifics: whatever follows is a person. */
export const HONORIFICS = new Set(['mr', 'mrs', 'ms', 'miss', 'mx', 'dr', 'prof', 'sir', 'dame', 'rev', 'mr.', 'mrs.', 'ms.', 'dr.']);

/** Titles abbreviated with a period before a name ("Prof.", "Sen."). */
export const TITLE_ABBREVIATIONS = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'sen', 'rep', 'gov', 'gen', 'lt', 'col', 'capt', 'sgt', 'adm', 'maj', 'rev', 'cpl',
  'pvt', 'supt', 'insp', 'det', 'hon', 'pres', 'st',
]);

/** All-capital words that are not organisations. */
export const NOT_ORG_ACRONYMS = new Set([
  'ceo', 'cfo', 'coo', 'cto', 'tv', 'am', 'pm', 'gmt', 'utc', 'bst', 'est', 'edt', 'pst', 'pdt', 'cet', 'ok', 'ii',
  'iii', 'iv', 'vi', 'vii', 'viii', 'ix', 'xi', 'xii', 'dna', 'hiv', 'aids', 'gdp', 'id', 'pc', 'pdf', 'usd', 'eur',
  'gbp', 'jpy', 'ai', 'it', 'i', 'a', 'ad', 'bc', 'faq', 'diy', 'lol', 'omg', 'ps', 'rip', 'vs', 'etc', 'mp3', 'dvd',
  'cd', 'usb', 'gps', 'sms', 'url', 'html', 'www', 'vip', 'covid', 'sars', 'ufo', 'ko', 'mvp', 'phd', 'mba', 'ma',
  'ba', 'bsc', 'msc', 'md', 'rsvp', 'asap', 'hq', 'iq', 'kg', 'km', 'mph', 'ft', 'mm', 'cm', 'jr', 'sr', 'mw', 'gw',
  'kw', 'gb', 'mb', 'tb', 'no', 'yes', 'us', 'we', 'he', 'she', 'they', 'q', 'and', 'the', 'of', 'in', 'on',
  'to', 'for', 'is', 'ft', 'lgbt', 'lgbtq', 'vr', 'ar', 'ipo', 'ict', 'cgi', 'lcd', 'led', 'ghz', 'mhz', 'os',
  'cpu', 'gpu', 'ram', 'ssd', 'hd', 'hdtv', 'pr', 'qa', 'rv', 'suv', 'atm', 'pin', 'ip', 'api', 'sdk', 'ui', 'ux',
  'gnp', 'gni', 'cpi', 'pov', 'rov', 'uav', 'bdsm', 'nft', 'ev', 'evs', 'lng', 'icbm', 'icbms', 'ied', 'ieds', 'mri',
  'ct', 'icu', 'er', 'sat', 'gcse', 'ceos', 'fyi', 'tba', 'aka',
  'qc', 'kc', 'sc', 'obe', 'mbe', 'cbe', 'kbe', 'frs', 'esq', 'potus', 'flotus', 'vpotus',
]);

/** Verbs of speech: the unknown name beside one is most often a person's. */
export const SAY_VERBS = new Set([
  'said', 'says', 'say', 'told', 'tells', 'added', 'adds', 'explained', 'wrote', 'writes', 'noted', 'argued',
  'asked', 'replied', 'recalled', 'believes', 'thinks', 'recalls', 'admitted', 'joked', 'laughed',
]);

/** Currency words: "US dollars" is money, not the country. */
export const CURRENCIES = new Set([
  'dollar', 'dollars', 'euro', 'euros', 'pound', 'pounds', 'yen', 'yuan', 'won', 'rupee', 'rupees', 'ruble', 'rubles',
  'rouble', 'roubles', 'peso', 'pesos', 'franc', 'francs', 'cents',
]);

/** Verbs that, after a sentence's first word, make it the subject: "Wikinews has learned". */
export const AUXILIARIES = new Set(['has', 'had', 'is', 'was', 'will', 'would', 'announced', 'reported', 'confirmed', 'launched']);

/** Prepositions after which a capital is a place ("in Washington"), not its government. */
export const LOCATIVES = new Set([
  'in', 'at', 'near', 'outside', 'across', 'around', 'visit', 'visited', 'visiting', 'via', 'through', 'inside',
  'downtown', 'central', 'based',
]);

/** Lower-case nouns that, right before a name, say it is an organisation ("news agency Yonhap"). */
export const ORG_NOUNS = new Set([
  'agency', 'service', 'company', 'firm', 'group', 'newspaper', 'broadcaster', 'outlet', 'carrier', 'airline',
  'maker', 'manufacturer', 'giant', 'network', 'channel', 'daily', 'website', 'site', 'publisher', 'startup',
  'retailer', 'bank', 'party', 'club', 'team', 'band', 'organisation', 'organization', 'charity', 'ngo', 'union',
  'conglomerate', 'subsidiary', 'rival', 'airframer', 'insurer', 'lender', 'automaker', 'carmaker', 'chipmaker',
  'platform', 'tabloid', 'magazine', 'journal', 'broadcasting', 'studio', 'label', 'university', 'institute',
  'miner', 'producer', 'exporter', 'operator', 'shipper', 'regulator', 'watchdog', 'lessor', 'brewer', 'supplier',
  'contractor', 'consultancy', 'utility', 'refiner', 'distributor', 'bookmaker', 'drugmaker', 'planemaker', 'brokerage',
]);

/** Function and frequent words: a capitalised one starting a sentence is not a name. */
export const FUNCTION_WORDS = new Set([
  'the', 'a', 'an', 'this', 'that', 'these', 'those', 'it', 'he', 'she', 'they', 'we', 'i', 'you', 'his', 'her',
  'their', 'its', 'our', 'my', 'your', 'in', 'on', 'at', 'but', 'and', 'or', 'so', 'if', 'when', 'while', 'after',
  'before', 'as', 'for', 'with', 'to', 'from', 'by', 'of', 'there', 'here', 'what', 'who', 'how', 'why', 'where',
  'all', 'some', 'many', 'most', 'no', 'not', 'yes', 'also', 'then', 'than', 'both', 'each', 'every', 'one', 'two',
  'meanwhile', 'however', 'although', 'though', 'because', 'since', 'until', 'during', 'about', 'according',
  'would', 'could', 'should', 'will', 'can', 'may', 'might', 'must', 'do', 'does', 'did', 'is', 'are', 'was', 'were',
  'be', 'been', 'has', 'have', 'had', 'such', 'other', 'another', 'any', 'more', 'less', 'over', 'under', 'among',
  'between', 'despite', 'without', 'within', 'yet', 'still', 'even', 'just', 'only', 'now', 'today', 'please', 'oh',
  'hey', 'hi', 'hello', 'wow', 'yeah', 'okay', 'ok', 'thanks', 'dear', 'sorry', 'ah', 'hmm', 'um', 'uh',
  'well', 'mr', 'mrs', 'ms', 'dr', 'former', 'new', 'old', 'last', 'next', 'first', 'second', 'third', 'several',
  'few', 'much', 'very', 'again', 'instead', 'perhaps', 'maybe', 'indeed', 'thus', 'hence', 'therefore', 'whether',
  'which', 'whose', 'whom', 'let', 'like', 'unlike', 'against', 'amid', 'upon', 'once', 'later', 'earlier', 'soon',
]);

/** Pronouns, determiners, prepositions, conjunctions, interjections: never part of a name when capitalised. */
export const CLOSED_CLASS = new Set([
  'the', 'a', 'an', 'this', 'that', 'these', 'those', 'it', 'he', 'she', 'they', 'we', 'i', 'you', 'his', 'her',
  'their', 'its', 'our', 'my', 'your', 'in', 'on', 'at', 'but', 'and', 'or', 'so', 'if', 'when', 'while', 'after',
  'before', 'as', 'for', 'with', 'to', 'from', 'by', 'of', 'there', 'here', 'what', 'who', 'how', 'why', 'where',
  'which', 'whose', 'whom', 'all', 'some', 'many', 'most', 'no', 'not', 'yes', 'also', 'then', 'than', 'both', 'each',
  'every', 'because', 'since', 'until', 'during', 'about', 'although', 'though', 'however', 'meanwhile', 'would',
  'could', 'should', 'will', 'can', 'might', 'must', 'do', 'does', 'did', 'is', 'are', 'was', 'were', 'has', 'have',
  'had', 'hey', 'hi', 'hello', 'wow', 'yeah', 'okay', 'ok', 'thanks', 'dear', 'oh', 'ah', 'hmm', 'um', 'uh', 'please',
  'me', 'him', 'them', 'us', 'these', 'such', 'any', 'into', 'onto', 'upon', 'via', 'per', 'whether', 'unless',
]);

/** Organisation head words that also qualify a role ("Press Secretary", "Army Chief", "Party Leader"). */
export const ROLE_MODIFYING_HEADS = new Set([
  'press', 'party', 'army', 'navy', 'police', 'air', 'news', 'team', 'club', 'office', 'service', 'services', 'fund',
  'group', 'board', 'media', 'network', 'union', 'league', 'movement', 'front', 'mission', 'command', 'guard',
]);

/** Punctuation after which a capital says nothing: sentence ends, colons, opening quotes and brackets. */
export const OPENERS = new Set(['.', ':', '“', '"', '‘', "'", '(', '[', '—', '–', '-', '!', '?', '…', ';']);

/** "Indo-Pacific", "Euro-Atlantic": adjectives built on a combining form, not names. */
// ... whose second part is an adjective or a region ("Saxon"): "Okonedo-Briggs" is a family name.
export const COMBINING_FORM = /^\p{Lu}\p{Ll}{1,4}o-\p{Lu}\p{Ll}{2,}(an|ic|ish|ese|on|ine|ern)$/u;

/** Bodies named by their head word alone ("testified before Congress"). */
export const LEGISLATURES = new Set(['congress', 'parliament', 'senate', 'knesset', 'bundestag', 'duma', 'politburo']);

/** Words that end the name of an event ("Olympic Games", "Paris Air Show"). */
export const EVENT_HEADS = new Set([
  'conference', 'games', 'olympics', 'paralympics', 'show', 'summit', 'festival', 'expo', 'cup', 'championship',
  'championships', 'awards', 'award', 'prize', 'week', 'day', 'year', 'forum', 'tour', 'marathon', 'open', 'fair',
  'war', 'revolution', 'election', 'elections', 'act', 'treaty', 'accord', 'agreement', 'convention', 'crisis',
  'license', 'licence',
]);

/** Religions' followers: general knowledge, a closed list. */
export const FAITHS = new Set([
  'muslim', 'christian', 'jew', 'hindu', 'buddhist', 'sikh', 'catholic', 'protestant', 'mormon', 'jewish', 'islamic',
  'evangelical', 'orthodox', 'sunni', 'shia', 'shiite', 'anglican', 'baptist', 'methodist', 'lutheran', 'atheist',
  'agnostic', 'scientologist', 'arab',
]);

/** "I'm", "We've", "Isn't": never names. */
export const CONTRACTION = /['’](m|s|d|t|ve|ll|re)$/i;

/** Endings typical of family names across languages ("-ski", "-enko", "-sson", "-ez"). */
export const PERSON_NAME_ENDING = /(ski|sky|ska|enko|chuk|ovich|ević|evic|ović|ovic|ov|ova|ev|eva|sson|sen|ez|ini|elli|etti|ucci|opoulos|idis|akis|oglu|stein|berg|mann|witz|shvili|yan|ian)$/;

/**
 * Lower-case heads of administrative places: a name right before one is a place ("the Tver region", "Sichuan
 * province"), never a person or an organisation.
 */
export const ADMINISTRATIVE_HEADS = new Set([
  'region', 'regions', 'province', 'provinces', 'oblast', 'district', 'districts', 'county', 'prefecture',
  'governorate', 'krai', 'canton', 'municipality', 'state', 'territory', 'city', 'town', 'village',
  'valley', 'peninsula', 'island', 'islands', 'river', 'basin', 'delta', 'area', 'areas', 'suburb', 'suburbs',
  'neighbourhood', 'neighborhood', 'enclave', 'border', 'frontier', 'coast', 'mountains', 'constituency', 'constituencies',
  'ward', 'precinct',
  // Sites: "the El Teniente mine", "the Kakhovka dam".
  'mine', 'mines', 'dam', 'refinery', 'oilfield', 'gasfield', 'reservoir', 'checkpoint', 'crossing',
]);

/** Compass points: alone ("the communist North", "the West") they name no one the graph can hold. */
export const COMPASS_POINTS = new Set([
  'north', 'south', 'east', 'west', 'northeast', 'northwest', 'southeast', 'southwest', 'north-east', 'north-west',
  'south-east', 'south-west', 'midwest',
]);

/** Words that end an English football club's name after its town ("Leeds United", "Bolton Wanderers"). */
export const CLUB_SUFFIXES = new Set(['united', 'athletic', 'rovers', 'wanderers', 'albion', 'hotspur', 'rangers', 'fc', 'afc']);

/** Labels of captions and credits ("Image: Reuters"): never part of the name written before them. */
export const CAPTION_LABELS = new Set(['image', 'photo', 'picture', 'video', 'source', 'credit', 'file', 'caption', 'pictured']);

/** Verbs whose subject is a person: an unknown name right before one is a person's ("Mertens scored"). */
export const PERSON_VERBS = new Set([
  'scored', 'scores', 'died', 'dies', 'resigned', 'resigns', 'married', 'testified', 'pleaded', 'apologised',
  'apologized', 'thanked', 'smiled', 'insisted', 'heard', 'wept', 'confessed', 'retired', 'starred', 'sang',
]);

/** Words right before a person's name, never an organisation's: "interviews X", "Hey X", "a man named X". */
export const PERSON_INTRODUCERS = new Set(['interviews', 'interviewed', 'interviewing', 'hey', 'dear', 'hi', 'named', 'congratulated']);

/** First words of names of storms, operations and natural places: what follows is no one's name ("Cyclone Ada"). */
export const NAMED_THING_HEADS = new Set([
  'cyclone', 'hurricane', 'typhoon', 'storm', 'tropical', 'operation', 'project', 'mount', 'mt', 'lake', 'cape',
  'fort', 'port', 'camp', 'planet', 'comet', 'asteroid', 'supertyphoon', 'super', 'san', 'santa', 'santo', 'são',
  'saint', 'sainte', 'st', 'kibbutz',
]);

/** Nouns for kinds of people that compromise's lexicon lacks ("striker", "nurse"); more come from its Actor tag. */
export const MORE_PERSON_NOUNS = new Set([
  'student', 'nurse', 'engineer', 'striker', 'midfielder', 'defender', 'winger', 'goalkeeper', 'campaigner',
  'protester', 'victim', 'suspect', 'defendant', 'plaintiff', 'prosecutor', 'investor', 'billionaire', 'resident',
  'co-author', 'author', 'researcher', 'scientist',
]);

/**
 * Lower-case nouns after which a capitalised name is a thing's: "NCLAN studies", "the Orbit browser". Not "license":
 * "a Creative Commons license" names its maker.
 */
export const THING_NOUNS = new Set([
  'format', 'formats', 'protocol', 'standard', 'browser', 'software',
  'app', 'studies', 'study', 'syndrome', 'disease', 'vaccine', 'algorithm', 'codec', 'font', 'typeface', 'engine',
]);

/**
 * Lower-case nouns for products, programmes and a publication's features: a name of several words right before one
 * names the thing ("the Joint Strike Fighter program", "MacBook Air laptops", "the Savage Love advice column").
 */
export const PRODUCT_NOUNS = new Set([
  'program', 'programme', 'programs', 'programmes', 'column', 'columns', 'podcast', 'blog', 'series', 'franchise',
  'costume', 'costumes', 'character', 'characters', 'album', 'song', 'film', 'movie', 'novel', 'laptop', 'laptops',
  'phone', 'phones', 'smartphone', 'smartphones', 'handset', 'handsets', 'tablet', 'tablets', 'console', 'consoles',
  'chip', 'chips', 'processor', 'processors', 'system', 'suite', 'software', 'module', 'telescope', 'probe', 'spacecraft',
  'vehicle', 'vehicles', 'model', 'models', 'device', 'devices', 'app', 'apps', 'satellite',
  'satellites', 'rocket', 'rockets', 'missile', 'missiles', 'drug', 'drugs', 'event', 'keynote', 'campaign', 'contest',
  'fighter', 'fighters', 'bomber', 'bombers', 'video', 'videos', 'game', 'games',
]);
