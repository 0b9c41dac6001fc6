"""Dutch inflection: give a plain alternative the form of the word it replaces.

b1check writes "Wij vroegen u" for "Wij verzochten u": the alternative
(`vragen`) takes the slot of the matched word (past tense, plural). No
well-kept Python library generates Dutch forms (Pattern's `pattern.nl` is
unmaintained, heavy and wrong on common verbs; the rest do not cover Dutch),
so this is a small hand-written inflector: regular spelling rules plus tables
of strong and irregular verbs, irregular plurals and uninflected adjectives,
written from the grammar for this project. The alternatives it inflects are a
closed, curated list, and the tests inflect every one of them.

Verbs: `verb_forms`, `verb_slots`, `verb_form`, `split_particle`.
Nouns: `plural`, `diminutive`, `noun_slots`, `noun_form`.
Adjectives: `attributive`, `comparative`, `superlative`, `adjective_slots`, `adjective_form`.
A separable verb may be written `op|sturen` to force the split and
`+informeren` to forbid it, where the rules cannot tell.
"""

from __future__ import annotations

import re
from functools import lru_cache

VOWELS = "aeiouyëïéèêáóöüú"

# --------------------------------------------------------------------------------------
# Irregular / strong verbs: infinitive -> past sg, past pl, past participle.
# Alternatives separated by "|", preferred first. "-" = no participle.
# Derived verbs (ver-, be-, ont-, separable particles) are handled through their root,
# so only roots and verbs whose root is not itself a verb are listed.
_STRONG = """
bakken bakte bakten gebakken
barsten barstte barstten gebarsten
bederven bedierf bedierven bedorven
bedriegen bedroog bedrogen bedrogen
beginnen begon begonnen begonnen
bevelen beval bevalen bevolen
bergen borg borgen geborgen
bezwijken bezweek bezweken bezweken
bidden bad baden gebeden
bieden bood boden geboden
bijten beet beten gebeten
binden bond bonden gebonden
blazen blies bliezen geblazen
blijken bleek bleken gebleken
blijven bleef bleven gebleven
blinken blonk blonken geblonken
braden braadde braadden gebraden
breken brak braken gebroken
brengen bracht brachten gebracht
brouwen brouwde brouwden gebrouwen
buigen boog bogen gebogen
delven dolf dolven gedolven
denken dacht dachten gedacht
doen deed deden gedaan
dragen droeg droegen gedragen
drijven dreef dreven gedreven
dringen drong drongen gedrongen
drinken dronk dronken gedronken
druipen droop dropen gedropen
duiken dook doken gedoken
dwingen dwong dwongen gedwongen
eten at aten gegeten
fluiten floot floten gefloten
gaan ging gingen gegaan
gelden gold golden gegolden
genezen genas genazen genezen
genieten genoot genoten genoten
geven gaf gaven gegeven
gieten goot goten gegoten
glijden gleed gleden gegleden
glimmen glom glommen geglommen
graven groef groeven gegraven
grijpen greep grepen gegrepen
hangen hing hingen gehangen
hebben had hadden gehad
heffen hief hieven geheven
helpen hielp hielpen geholpen
heten heette heetten geheten
hijsen hees hesen gehesen
houden hield hielden gehouden
jagen jaagde|joeg jaagden|joegen gejaagd
kerven kerfde kerfden gekorven
kiezen koos kozen gekozen
kijken keek keken gekeken
klimmen klom klommen geklommen
klinken klonk klonken geklonken
knijpen kneep knepen geknepen
komen kwam kwamen gekomen
kopen kocht kochten gekocht
krijgen kreeg kregen gekregen
krimpen kromp krompen gekrompen
kruipen kroop kropen gekropen
kunnen kon konden gekund
lachen lachte lachten gelachen
laden laadde laadden geladen
laten liet lieten gelaten
lezen las lazen gelezen
liegen loog logen gelogen
liggen lag lagen gelegen
lijden leed leden geleden
lijken leek leken geleken
lopen liep liepen gelopen
malen maalde maalden gemalen
melken molk|melkte molken|melkten gemolken
meten mat maten gemeten
mijden meed meden gemeden
moeten moest moesten gemoeten
mogen mocht mochten gemogen|gemoogd
nemen nam namen genomen
ontginnen ontgon ontgonnen ontgonnen
prijzen prees prezen geprezen
raden raadde|ried raadden|rieden geraden
rijden reed reden gereden
rijzen rees rezen gerezen
roepen riep riepen geroepen
ruiken rook roken geroken
scheiden scheidde scheidden gescheiden
schelden schold scholden gescholden
schenden schond schonden geschonden
schenken schonk schonken geschonken
scheppen schiep schiepen geschapen
scheren schoor schoren geschoren
schieten schoot schoten geschoten
schijnen scheen schenen geschenen
schrijden schreed schreden geschreden
schrijven schreef schreven geschreven
schrikken schrok schrokken geschrokken
schuilen schuilde|school schuilden|scholen geschuild|gescholen
schuiven schoof schoven geschoven
slaan sloeg sloegen geslagen
slapen sliep sliepen geslapen
slijpen sleep slepen geslepen
slijten sleet sleten gesleten
slinken slonk slonken geslonken
sluipen sloop slopen geslopen
sluiten sloot sloten gesloten
smelten smolt smolten gesmolten
smijten smeet smeten gesmeten
snijden sneed sneden gesneden
snuiten snoot snoten gesnoten
spannen spande spanden gespannen
spijten speet speten gespeten
spinnen spon sponnen gesponnen
splijten spleet spleten gespleten
spreken sprak spraken gesproken
springen sprong sprongen gesprongen
spruiten sproot sproten gesproten
spuiten spoot spoten gespoten
staan stond stonden gestaan
steken stak staken gestoken
stelen stal stalen gestolen
sterven stierf stierven gestorven
stijgen steeg stegen gestegen
stinken stonk stonken gestonken
stoten stootte|stiet stootten|stieten gestoten
strijden streed streden gestreden
strijken streek streken gestreken
stuiven stoof stoven gestoven
treden trad traden getreden
treffen trof troffen getroffen
trekken trok trokken getrokken
vallen viel vielen gevallen
vangen ving vingen gevangen
varen voer voeren gevaren
vechten vocht vochten gevochten
verdwijnen verdween verdwenen verdwenen
vergeten vergat vergaten vergeten
verliezen verloor verloren verloren
verslinden verslond verslonden verslonden
vinden vond vonden gevonden
vlechten vlocht vlochten gevlochten
vliegen vloog vlogen gevlogen
vouwen vouwde vouwden gevouwen
vragen vroeg vroegen gevraagd
vreten vrat vraten gevreten
vriezen vroor vroren gevroren
wassen waste wasten gewassen
wegen woog wogen gewogen
werpen wierp wierpen geworpen
werven wierf wierven geworven
weten wist wisten geweten
wijken week weken geweken
wijten weet weten geweten
wijzen wees wezen gewezen
willen wilde|wou wilden|wouden gewild
winden wond wonden gewonden
winnen won wonnen gewonnen
worden werd werden geworden
wreken wreekte wreekten gewroken
wrijven wreef wreven gewreven
zeggen zei|zegde zeiden|zegden gezegd
zenden zond zonden gezonden
rieken rook roken geroken
tijgen toog togen getogen
zijgen zeeg zegen gezegen
nijpen neep nepen genepen
zuipen zoop zopen gezopen
rijgen reeg regen geregen
nijgen neeg negen genegen
luiken look loken geloken
rijven reef reven gereven
vijzen vees vezen gevezen
dingen dong dongen gedongen
kwijten kweet kweten gekweten
krijten kreet kreten gekreten
vlieten vloot vloten gevloten
pluizen ploos plozen geplozen
vlieden vlood vloden gevloden
sluiken slook sloken gesloken
kluiven kloof kloven gekloven
schijten scheet scheten gescheten
zieden ziedde|zood ziedden|zoden gezoden
verderven verdierf verdierven verdorven
wezen was waren geweest
zinnen zon zonnen gezonnen
weven weefde weefden geweven
wringen wrong wrongen gewrongen
snuiven snoof snoven gesnoven
kijven keef keven gekeven
bannen bande banden gebannen
houwen houwde houwden gehouwen
bedingen bedong bedongen bedongen
verschuilen verschool|verschuilde verscholen|verschuilden verscholen
zien zag zagen gezien
zijn was waren geweest
zingen zong zongen gezongen
zinken zonk zonken gezonken
zitten zat zaten gezeten
zoeken zocht zochten gezocht
zouten zoutte zoutten gezouten
zuigen zoog zogen gezogen
zullen zou zouden -
zwellen zwol zwollen gezwollen
zwelgen zwolg zwolgen gezwolgen
zwemmen zwom zwommen gezwommen
zweren zwoer zwoeren gezworen
zwerven zwierf zwierven gezworven
zwijgen zweeg zwegen gezwegen
"""
STRONG: dict[str, tuple[str, str, str]] = {}
for _line in _STRONG.strip().splitlines():
    _inf, _psg, _ppl, _pp = _line.split()
    STRONG[_inf] = (_psg, _ppl, _pp)

# Present tense forms that the rules cannot derive: 1sg, 2sg (jij, uninverted), 3sg.
PRESENT = {
    "zijn": ("ben", "bent", "is"),
    "hebben": ("heb", "hebt", "heeft"),
    "kunnen": ("kan", "kunt", "kan"),
    "willen": ("wil", "wilt", "wil"),
    "zullen": ("zal", "zult", "zal"),
    "mogen": ("mag", "mag", "mag"),
    "komen": ("kom", "komt", "komt"),
    "gaan": ("ga", "gaat", "gaat"),
    "staan": ("sta", "staat", "staat"),
    "slaan": ("sla", "slaat", "slaat"),
    "zien": ("zie", "ziet", "ziet"),
    "doen": ("doe", "doet", "doet"),
}

INSEPARABLE_PREFIXES = ("ver", "ont", "her", "be", "ge")
# derived verbs that are weak although their root is strong / irregular
WEAK_DERIVED = {"ontmoeten", "herbergen", "vermogen", "bevolken"}
ER_PREFIX = {"erkennen", "ervaren", "erbarmen"}

# Separable particles, longest first.  Some (door/om/onder/over/voor/mis/vol/weer/achter)
# are also inseparable in some verbs: see NOT_SEPARABLE.
PARTICLES = sorted("""aan af achter bij binnen buiten dicht door deel heen in kwijt
klaar langs los mee mede mis na neer om onder op open over plaats rond samen stil
stop tegen tegemoet terecht terug teleur thuis toe tussen uit vast vol voor voorbij
vooruit vrij weer weg bekend kennis gelijk goed fout schoon kapot bloot teniet voort overeen
uiteen bijeen teweeg tentoon bezig lief dood fijn groot kaal wijs prijs gerust gevangen
daar paard adem belang tegenover voorop opeen vooraf recht""".split(), key=len, reverse=True)

# Verbs that start with a particle but do not split (stress on the root, or Latinate).
NOT_SEPARABLE = set("""
achterhalen achtervolgen
doorgronden doorstaan doorkruisen
mislukken misbruiken misleiden misdragen miskennen misvormen
omarmen omringen omschrijven omvatten omsingelen
onderbreken ondergaan onderhandelen onderhouden ondernemen onderscheiden
ondersteunen ondertekenen ondervinden ondervragen onderwijzen onderzoeken
onderschatten onderstrepen ondermijnen
overhandigen overleven overlijden overschrijden overtreden overtuigen overwegen
overwinnen overzien overvallen overdrijven overhoren overbruggen overdenken
voldoen volbrengen voltooien voltrekken volvoeren volgen
voorkomen voorspellen voorzien
weerleggen weerspreken weerstaan
informeren inspireren installeren instrueren integreren interesseren interpreteren
investeren inventariseren isoleren irriteren inspecteren
aanvaarden rechtvaardigen optimaliseren
""".split())
NOT_SEPARABLE |= set("""omhelzen omgeven omzomen omlijnen omsluiten omvangen omwinden omspinnen
omspannen overheersen overwoekeren overkoepelen overschaduwen overstromen overstemmen overmannen
overrompelen overspoelen overnachten overtreffen overweldigen overeten onderdrukken
onderwerpen onderkennen aanschouwen""".split())
# Particles that are inseparable by default (ondertekenen, weerspiegelen, volbrengen,
# misbruiken); their separable verbs are listed here.
DEFAULT_INSEPARABLE = {"onder", "weer", "vol", "mis"}
SEPARABLE_EXC = set("""onderbrengen onderduiken onderdompelen ondergaan ondersneeuwen
weergeven weerkomen weerkeren weerzien volhouden volgooien volschrijven volstoppen volladen
volgen misgaan mislopen""".split())
# Verbs that merely start with particle/prefix-like letters: simple verbs (ge- participle).
NO_PREFIX = set("""naderen opperen nagelen omberen bengelen waarschuwen waarborgen
vrijwaren liefkozen stofzuigen glimlachen beeldhouwen openbaren waarderen opteren interviewen
generen bezigen beteren genereren verifiëren verifieren""".split())

# Particles we do not strip when the remainder would not be a verb stem (e.g. "antwoorden",
# "openen"). Remainders starting with a vowel must be one of these roots.
_MIN_REST = 4
_VOWEL_ROOTS = {"eten", "eisen", "ademen", "oefenen", "uiten", "erven", "eren", "enten", "ijken",
                "offeren", "ordenen", "openen", "eindigen", "ijzen", "uiten", "oogsten"}


def _has_vowel(s: str) -> bool:
    return any(c in VOWELS for c in s)


@lru_cache(maxsize=4096)
def split_particle(lemma: str) -> tuple[str, str]:
    """'opsturen' -> ('op', 'sturen'); 'vragen' -> ('', 'vragen').
    'op|sturen' forces a split, '+informeren' forbids it."""
    if "|" in lemma:
        p, r = lemma.split("|", 1)
        return p, r
    if lemma.startswith("+"):
        return "", lemma[1:]
    if lemma in NOT_SEPARABLE or lemma in NO_PREFIX:
        return "", lemma
    for root in ("gaan", "staan", "slaan", "zien", "doen"):  # diepgaan, gadeslaan
        if lemma.endswith(root) and len(lemma) > len(root) + 1 and not any(
                lemma.startswith(p) for p in PARTICLES + list(INSEPARABLE_PREFIXES)):
            return lemma[: -len(root)], root
    for p in PARTICLES:
        if lemma.startswith(p):
            rest = lemma[len(p):]
            if p in DEFAULT_INSEPARABLE and lemma not in SEPARABLE_EXC:
                return "", lemma
            if p == "in" and _is_latinate(rest) and _syllables(rest[:-4]) >= 1:
                return "", lemma  # informeren, installeren (not: inleveren, insmeren)
            if (len(rest) >= _MIN_REST and rest.endswith("n") and _has_vowel(rest[:-2])
                    and (rest[0] not in VOWELS or rest in _VOWEL_ROOTS)):
                return p, rest  # "voorbereiden" -> voor + bereiden (be- handled later)
    return "", lemma


def split_inseparable(verb: str) -> tuple[str, str]:
    """'verzoeken' -> ('ver', 'zoeken'); 'onderzoeken' -> ('onder', 'zoeken');
    'geven' -> ('', 'geven')."""
    if verb in ER_PREFIX:
        return "er", verb[2:]
    if verb in NO_PREFIX:
        return "", verb
    if (verb in NOT_SEPARABLE or (any(verb.startswith(p) for p in DEFAULT_INSEPARABLE)
                                  and verb not in SEPARABLE_EXC)) and not _is_latinate(verb):
        for p in PARTICLES:  # stressed-root verbs: particle acts as inseparable prefix
            if verb.startswith(p) and _has_vowel(verb[len(p):-2]):
                return p, verb[len(p):]
    for p in INSEPARABLE_PREFIXES:
        if verb.startswith(p):
            rest = verb[len(p):]
            if rest.startswith(("ë", "ï")):  # beëindigen, beïnvloeden
                pass
            elif p in ("be", "ge") and (rest[:1] in ("e", "i", "u") or (p == "ge" and rest[:1] in VOWELS)):
                continue  # beuken, geuren, beieren, geeuwen: not a prefix
            if (len(rest) >= 4 and rest.endswith("en") and _has_vowel(rest[:-2])) \
                    or rest in PRESENT:  # ontslaan, ontstaan, bestaan
                return p, rest
    return "", verb


# -eren verbs: Latinate ones stress -eer- (informeren -> informeer), native ones have a
# schwa (leveren -> lever). Decided by the two letters before -eren, then exceptions.
_SCHWA_CONTEXT = set("""st nd ld ev ad ov ed ek nk rd jf jd jm jv jg rg em am ak mb kt lv nj ez
ui ei et ap om oo ee aa""".split())
_LATINATE_EXC = set("""garanderen funderen commanderen renderen bombarderen waarderen permitteren
programmeren blokkeren manifesteren protesteren arresteren investeren interpreteren mankeren
flankeren presteren contrasteren registreren adresseren interesseren passeren klasseren
controleren annuleren obsederen draperen riskeren legitimeren graveren vomeren rokeren
negeren regeren begeren verteren assisteren insisteren existeren persisteren consisteren
accorderen agenderen amoveren completeren fiatteren""".split())
_NATIVE_EREN = set("""weigeren verouderen huiveren zuiveren vermageren legeren slenteren
versplinteren boteren haperen zomeren sluimeren daveren pokeren mokeren jokeren lanteren
winteren sinteren schateren tateren snateren klateren klauteren peuteren keuteren leuteren
slingeren hongeren versieren imkeren cijferen ontcijferen verzekeren piekeren woekeren
overwoekeren maskeren ontmaskeren ouderen mageren splinteren kandelaberen""".split())


def _in_wordset(verb: str, words: set) -> bool:
    """verb is in words, or is a particle/prefix + a word in words."""
    if verb in words:
        return True
    for p in PARTICLES + list(INSEPARABLE_PREFIXES):
        if verb.startswith(p) and verb[len(p):] in words:
            return True
    return False


def _is_latinate(verb: str) -> bool:
    """True for -eren verbs whose stem has a long, stressed -eer- (informeren)."""
    if not verb.endswith("eren") or _syllables(verb[:-4]) < 1:
        return False
    if verb[-5] in VOWELS and verb[-5] != "u":
        return False  # voeren, financieren: the e belongs to a digraph (evalueren does not)
    if "ë" in verb:
        return True
    if _in_wordset(verb, _NATIVE_EREN):
        return False
    if _in_wordset(verb, _LATINATE_EXC):
        return True
    ctx = verb[-6:-4]
    if len(ctx) == 2 and ctx[0] == ctx[1] and ctx[0] not in VOWELS + "slr":
        return False  # stotteren, wapperen (but masseren, installeren, concurreren)
    return ctx not in _SCHWA_CONTEXT


def _syllables(s: str) -> int:
    return len(re.findall(r"[aeiouyëïéèêáóöüú]+", s.replace("ij", "y")))


# Stems the schwa heuristic gets wrong (compound roots with a long vowel).
STEM_OVERRIDE = {"monitoren": "monitor", "oordelen": "oordeel", "welkomen": "welkom", "nadelen": "nadeel",
                 "zinspelen": "zinspeel", "iën": "ie"}


def _stem(verb: str) -> tuple[str, str]:
    """Return (stem, suffix consonant basis) for a regular verb without particle/prefix:
    stem as in 'ik ___', and 'te'/'de' for the past tense ('t kofschip)."""
    if verb.endswith("iën"):  # oliën -> olie, ruziën -> ruzie (skiën: 1sg 'ski' not handled)
        return verb[:-2] + "e", "de"
    if not verb.endswith("en"):
        raise ValueError(f"not a regular infinitive: {verb}")
    raw = verb[:-2]
    # past-tense suffix from the consonant in the infinitive ('t kofschip + x)
    last = raw[-1]
    te = "te" if (last in "tkfsxp" or raw.endswith(("ch", "sh"))) else "de"
    for k, v in STEM_OVERRIDE.items():
        if verb.endswith(k):
            return verb[: -len(k)] + v, te
    s = raw
    # i-trema forms: kopiër -> kopieer, creër -> creëer
    if s.endswith("iër"):
        return s[:-3] + "ieer", te
    if s.endswith("ër"):
        return s[:-2] + "ëer", te
    # double consonant -> single (bellen -> bel)
    if len(s) >= 2 and s[-1] == s[-2] and s[-1] not in VOWELS:
        s = s[:-1]
    # open syllable -> double the vowel (maken -> maak), unless schwa (regelen -> regel)
    elif (len(s) >= 2 and s[-1] not in VOWELS + "xw" and s[-2] in "aeou"
          and (len(s) == 2 or s[-3] not in VOWELS or (s[-3] == "u" and _is_latinate(verb)))):
        schwa = (_syllables(s) >= 2 and s[-2] == "e" and s[-1] in "lrnm"
                 and not _is_latinate(verb))
        if not schwa:
            s = s[:-1] + s[-2] + s[-1]
    # v -> f, z -> s at the end of the stem (geven -> geef, lezen -> lees)
    if s.endswith("v"):
        s = s[:-1] + "f"
    elif s.endswith("z"):
        s = s[:-1] + "s"
    return s, te


def _add_ge(stem_part: str) -> str:
    """ge + rest with trema where the vowels would run together (geëist, geïnd, geüpload)."""
    first = stem_part[:1]
    if first == "e" or (first == "i" and not stem_part.startswith("ij")):
        return "ge" + {"e": "ë", "i": "ï"}[first] + stem_part[1:]
    if first == "u" and len(stem_part) > 1 and stem_part[1] not in VOWELS:
        return "geü" + stem_part[1:]
    return "ge" + stem_part


def _with_t(stem: str) -> str:
    return stem if stem.endswith("t") else stem + "t"



def _stem_nested(verb: str) -> tuple[str, str]:
    """Stem through nested inseparable prefixes (onderverdelen -> onder+ver+deel)."""
    p, r = split_inseparable(verb)
    if not p:
        return _stem(verb)
    stem, te = _stem_nested(r)
    return p + stem, te


@lru_cache(maxsize=None)
def _core(verb: str) -> dict:
    """All forms of a verb without separable particle (may have inseparable prefixes)."""
    prefix, root = split_inseparable(verb)
    if verb in WEAK_DERIVED:
        prefix, root = split_inseparable(verb)
        strong = None
    else:
        strong = STRONG.get(verb)
        if strong is None and prefix:
            # use the innermost root that is in the table (vergelijken -> lijken)
            pre, r = "", verb
            while True:
                p, r2 = split_inseparable(r)
                if not p:
                    break
                pre, r = pre + p, r2
                if r in STRONG:
                    prefix, root = pre, r
                    break
    out: dict = {}
    # present
    if verb in PRESENT:
        sg1, sg2, sg3 = PRESENT[verb]
    elif prefix and root in PRESENT:
        sg1, sg2, sg3 = (prefix + f for f in PRESENT[root])
    else:
        stem = prefix + _stem_nested(root)[0]
        sg1, sg2, sg3 = stem, _with_t(stem), _with_t(stem)
    out.update({"1sg": sg1, "2sg": sg2, "3sg": sg3, "pl": verb})
    # past + participle
    entry = STRONG.get(verb) if verb not in WEAK_DERIVED else None
    if entry is None and prefix and root in STRONG and verb not in WEAK_DERIVED:
        psg, ppl, pp = STRONG[root]

        def _pre(x: str, part: bool = False) -> str:
            alts = []
            for a in x.split("|"):
                if part and a.startswith("ge"):
                    a = a[2:]
                alts.append(prefix + a)
            return "|".join(alts)
        entry = (_pre(psg), _pre(ppl), "-" if pp == "-" else _pre(pp, part=True))
    if entry is not None:
        psg, ppl, pp = entry
        out.update({"past_sg": psg, "past_pl": ppl, "participle": None if pp == "-" else pp})
    else:
        stem, te = _stem_nested(root)
        stem = prefix + stem
        out["past_sg"] = stem + te
        out["past_pl"] = stem + te + "n"
        pp = stem if stem[-1] in "dt" else stem + te[0]
        if not prefix:
            pp = _add_ge(pp)
        out["participle"] = pp
    return out


def forms(lemma: str) -> dict:
    """All forms; finite forms of separable verbs in subordinate (one-word) order,
    plus 'particle' and 'te_inf'. Multiple accepted variants are joined with '|'."""
    particle, verb = split_particle(lemma.lower())
    core = _core(verb)
    out = {"particle": particle}
    for k, v in core.items():
        if v is None:
            out[k] = None
        else:
            out[k] = "|".join(particle + a for a in v.split("|"))
    out["infinitive"] = particle + verb
    out["te_inf"] = (particle + " te " + verb) if particle else "te " + verb
    return out


def _first(s: str | None) -> str | None:
    return None if s is None else s.split("|")[0]





def order(verb: str) -> str | None:
    """The order (imperative) of a verb as written whole after "te": "ondertekenen" → "onderteken",
    "overleggen" → "overleg" (written whole, its prefix does not split off: "te overleggen", not "over te
    leggen"); "wees" for "zijn". None where the table has no singular."""
    if verb.lower() == "zijn":
        return "wees"
    return _first(_core(verb.lower()).get("1sg"))


def te_infinitive(lemma: str) -> str:
    return forms(lemma)["te_inf"]


# --------------------------------------------------------------------------------------
# Nouns
IRREGULAR_PLURAL = {
    # vowel lengthening / -eren / other
    "kind": "kinderen", "ei": "eieren", "lied": "liederen", "kalf": "kalveren", "lam": "lammeren",
    "rund": "runderen", "blad": "bladeren|bladen", "gemoed": "gemoederen", "volk": "volken",
    "lid": "leden", "stad": "steden", "schip": "schepen", "smid": "smeden", "gelid": "gelederen",
    "been": "benen", "dag": "dagen", "weg": "wegen", "pad": "paden", "dak": "daken", "dal": "dalen",
    "gat": "gaten", "glas": "glazen", "god": "goden", "graf": "graven", "hof": "hoven",
    "lot": "loten", "oorlog": "oorlogen", "slot": "sloten", "slag": "slagen", "spel": "spelen",
    "staf": "staven", "vat": "vaten", "bad": "baden", "gebed": "gebeden", "gebod": "geboden",
    "verbod": "verboden", "bedrag": "bedragen", "verdrag": "verdragen", "gebrek": "gebreken",
    "bevel": "bevelen", "hertog": "hertogen", "tred": "treden", "schot": "schoten",
    "koe": "koeien", "vlo": "vlooien", "stok": "stokken",
    # Latin / Greek
    "museum": "musea|museums", "centrum": "centra|centrums", "criterium": "criteria",
    "datum": "datums|data", "medium": "media", "minimum": "minima", "maximum": "maxima",
    "crisis": "crises|crisissen", "basis": "bases", "analyse": "analyses", "politicus": "politici",
    "musicus": "musici", "stadium": "stadia|stadiums", "catalogus": "catalogi|catalogussen",
    # stressed/unpredictable
    "middel": "middelen", "artikel": "artikelen|artikels", "beginsel": "beginselen",
    "model": "modellen", "hotel": "hotels", "ambtenaar": "ambtenaren", "leraar": "leraren|leraars",
    "eigenaar": "eigenaren|eigenaars", "kunstenaar": "kunstenaars", "dossier": "dossiers",
    "atelier": "ateliers", "bankier": "bankiers", "directeur": "directeuren|directeurs",
    "kous": "kousen", "kruis": "kruisen", "saus": "sauzen|sausen", "beurs": "beurzen",
    "vers": "verzen", "mens": "mensen", "monnik": "monniken", "gegeven": "gegevens",
    "e-mail": "e-mails", "chef": "chefs", "straf": "straffen", "elf": "elfen",
    "zee": "zeeën", "idee": "ideeën", "knie": "knieën", "industrie": "industrieën",
    "categorie": "categorieën", "theorie": "theorieën", "melodie": "melodieën",
    "energie": "energieën", "strategie": "strategieën", "allergie": "allergieën",
    "therapie": "therapieën", "kopie": "kopieën", "bacterie": "bacteriën", "provincie": "provincies",
    "man": "mannen", "stuk": "stukken", "eis": "eisen", "reis": "reizen", "prijs": "prijzen", "reden": "redenen", "telefoon": "telefoons",
    "microfoon": "microfoons", "persoon": "personen",
    # English -or words take -s (the Latin ones -en: organisatoren, sectoren)
    "monitor": "monitors", "editor": "editors", "tutor": "tutors", "sponsor": "sponsors",
    # plural-only / no change
    "kosten": "kosten", "hersenen": "hersenen", "mensen": "mensen",
}
# compounds inherit the plural of their last part (toeslag -> toeslagen); only these heads:
_HEADS = sorted([k for k in IRREGULAR_PLURAL if len(k) >= 3 and k not in
                 {"man", "ei", "elf", "vers", "lot", "dal", "god", "bad", "gat", "kous"}],
                key=len, reverse=True)


def _plural_regular(noun: str) -> str:
    n = noun
    if n.endswith("heid"):
        return n[:-4] + "heden"
    if n.endswith("man"):
        return n + "nen"
    if n.endswith(("graaf", "soof")):  # fotograaf -> fotografen (f stays)
        return n[:-3] + n[-2] + "fen"
    if n[-1] in "aouiy" and not n.endswith(("ei", "ij", "ui", "au", "ou", "eau", "oe")):
        return n + "'s"
    if n.endswith("é"):
        return n + "'s"
    if n.endswith(("eau", "ieu", "au", "ou", "oe")):
        return n + "s"
    if n.endswith("ee"):
        return n + "ën"
    if n.endswith("ie"):
        return n + "s"  # situaties; stressed -ie nouns are in the table
    if n.endswith("e"):
        return n + "n|" + n + "s"  # voorwaarden, gemeenten (formal letters) or -s
    if n.endswith(("je",)):
        return n + "s"
    if _syllables(n) >= 2 and re.search(r"[^aeiou]e[lmnr]$", n) and not n.endswith(("eel", "eer", "een", "eem")):
        return n + "s"  # regel -> regels, nummer -> nummers, deken -> dekens
    if _syllables(n) >= 2 and n.endswith(("aar",)) and re.search(r"e[lnr]aar$", n):
        return n + "s"
    if n.endswith(("um",)) and _syllables(n) >= 2:
        return n + "s"
    if n.endswith(("eur",)):
        return n + "s"
    if n.endswith(("ator", "itor", "ctor", "ntor", "ssor", "otor")) and _syllables(n) >= 2:
        return n + "en"  # Latin -or: organisatoren, auditoren, sectoren, factoren (the stress moves, no doubling)
    if n.endswith(("ei", "ij", "ui")):
        return n + "en"
    # -en with spelling changes
    m = re.search(r"([aeiou])\1([^aeiouyj])$", n)  # long vowel + one consonant: jaar -> jaren
    if m:
        c = m.group(2)
        c = {"f": "v", "s": "z"}.get(c, c)
        return n[:-3] + m.group(1) + c + "en"
    if re.search(r"(ie|oe|eu|ei|ij|ui|ou|au)[fs]$", n):  # brief -> brieven, huis -> huizen
        return n[:-1] + {"f": "v", "s": "z"}[n[-1]] + "en"
    if re.search(r"[lr]f$", n):  # golf -> golven, werf -> werven
        return n[:-1] + "ven"
    # short vowel + one consonant: double (bus -> bussen, adres -> adressen, getuigenis)
    if re.search(r"(^|[^aeiou])[aeiou][bcdfgklmnprstvz]$", n):
        unstressed = _syllables(n) >= 2 and (n.endswith(("ig", "ik", "em")) or re.search(r"[^aeiou]e[lmnr]$", n))
        if not unstressed:
            return n + n[-1] + "en"
    return n + "en"


def plural(noun: str) -> str:
    """Preferred plural; variants joined with '|' (first preferred)."""
    n = noun.lower()
    if n in IRREGULAR_PLURAL:
        return IRREGULAR_PLURAL[n]
    for head in _HEADS:
        if n.endswith(head) and len(n) > len(head) + 1:
            return "|".join(n[: -len(head)] + p for p in IRREGULAR_PLURAL[head].split("|"))
    return _plural_regular(n)


# --------------------------------------------------------------------------------------
# Adjectives
NO_E = set("""gratis extra plus oranje roze beige lila mauve prima super top sexy cool
tevreden open eigen ingenieus""".split())
KEEP_S = set("""kuis""".split())


def attributive(adj: str) -> str:
    """Attributive form with -e: adequaat -> adequate, goed -> goede, snel -> snelle."""
    a = adj.lower()
    if a in NO_E or a.endswith("e"):
        return a
    if a[-1] in "aiouyé" and not a.endswith(("ooi", "aai", "oei", "ei", "ui")):  # lila, sexy, privé
        return a
    if a.endswith("en") and _syllables(a) >= 2:  # gouden, gesloten, ontvangen, verzonden
        return a
    if a == "grof":
        return "grove"
    if a.endswith("ieel"):
        return a[:-4] + "iële"  # financieel -> financiële
    if a.endswith("ëel"):
        return a[:-3] + "ële"  # reëel -> reële
    if a.endswith("ees") and _syllables(a) >= 2:  # Chinees -> Chinese, Portugees
        return a[:-3] + "ese"
    if a in KEEP_S:
        return a + "e"
    m = re.search(r"([aeou])\1([^aeiouyj])$", a)  # long vowel + consonant: groot -> grote
    if m:
        c = {"f": "v", "s": "z"}.get(m.group(2), m.group(2))
        return a[:-3] + m.group(1) + c + "e"
    if re.search(r"(ie|oe|eu|ei|ij|ui|ou|au|eeu)[fs]$", a):  # lief -> lieve, wijs -> wijze
        return a[:-1] + {"f": "v", "s": "z"}[a[-1]] + "e"
    if re.search(r"[lr]f$", a):  # half -> halve
        return a[:-1] + "ve"
    if re.search(r"(^|[^aeiou])[aeiou][bdfgklmnprstvz]$", a):
        unstressed = _syllables(a) >= 2 and (a.endswith(("ig", "lijk")) or re.search(r"[^aeiou]e[lmnr]$", a))
        if not unstressed:
            return a + a[-1] + "e"  # snel -> snelle, kapot -> kapotte
    return a + "e"




def comparative(adj: str) -> str:
    """groot -> groter, snel -> sneller, duur -> duurder, lief -> liever."""
    a = adj.lower()
    e_form = attributive(a)
    stem = e_form[:-1] if e_form.endswith("e") and not a.endswith("e") else a
    if a.endswith("r"):
        return a + "der"  # duurder, zwaarder, lekkerder
    return stem + "er"


def superlative(adj: str) -> str:
    """groot -> grootst, snel -> snelst; -s words take only -t (vies -> viest)."""
    a = adj.lower()
    return a + ("t" if a.endswith("s") else "st")


ADJECTIVE_SLOTS = ("base", "e", "er", "ere", "st", "ste")


def _adjective_forms(adj: str) -> dict[str, str]:
    er, st = comparative(adj), superlative(adj)
    return {"base": adj.lower(), "e": attributive(adj), "er": er, "ere": er + "e", "st": st, "ste": st + "e"}


def adjective_slots(form: str, lemma: str) -> list[str]:
    """Which slots of the adjective `lemma` spell `form` (base, e, er, ere, st, ste)."""
    lower = form.lower()
    return [slot for slot, spelled in _adjective_forms(lemma).items() if spelled == lower]


def adjective_form(lemma: str, slot: str) -> str:
    return _adjective_forms(lemma)[slot]


# --------------------------------------------------------------------------------------
# Nouns: diminutive and slots

def diminutive(noun: str) -> str:
    """huis -> huisje, boom -> boompje, bal -> balletje, stoel -> stoeltje, auto -> auto'tje."""
    n = noun.lower()
    if n.endswith("je"):
        return n
    if n[-1] in "aouiy" and not n.endswith(("ei", "ij", "ui", "au", "ou", "oe", "ie")):
        return n + "'tje"
    if n.endswith(("ee", "ie", "oe", "ei", "ij", "ui", "au", "ou", "w", "é")):
        return n + "tje"
    if n.endswith("ing") and _syllables(n) >= 2:
        return n[:-1] + "kje"  # woning -> woninkje
    short = re.search(r"(^|[^aeiou])[aeiou]([lmnr]|ng)$", n)
    if short and _syllables(n) == 1:
        last = short.group(2)
        return n + ("etje" if last == "ng" else last + "etje")  # bal -> balletje, ring -> ringetje
    if n.endswith("m"):
        return n + "pje"  # boom -> boompje, bezem -> bezempje
    if n[-1] in "lnr" and (re.search(r"([aeiou])\1[lnr]$|(ie|oe|eu|ei|ij|ui|ou|au)[lnr]$", n)
                           or re.search(r"[^aeiou]e[lnr]$", n)):
        return n + "tje"  # stoel -> stoeltje, deur -> deurtje, tafel -> tafeltje
    return n + "je"


NOUN_SLOTS = ("sg", "pl", "dim", "dim_pl")


def _noun_forms(noun: str) -> dict[str, tuple[str, ...]]:
    small = diminutive(noun)
    return {
        "sg": (noun.lower(),),
        "pl": tuple(plural(noun).split("|")),
        "dim": (small,),
        "dim_pl": (small + "s",),
    }


def noun_slots(form: str, lemma: str) -> list[str]:
    lower = form.lower()
    return [slot for slot, spelled in _noun_forms(lemma).items() if lower in spelled]


def noun_form(lemma: str, slot: str) -> str:
    return _noun_forms(lemma)[slot][0]


def noun_forms(lemma: str, slot: str) -> tuple[str, ...]:
    """Every accepted spelling of a slot ("gemeenten", "gemeentes")."""
    return _noun_forms(lemma)[slot]


# --------------------------------------------------------------------------------------
# Verbs: slots

# The slots of a verb: infinitive (also the present plural), 1sg (the stem:
# "ik vraag", imperative, "vraag je"), 2sg and 3sg ("u vraagt", "hij vraagt";
# they differ only in a few verbs: u bent / hij is), past singular and plural,
# participle.
VERB_SLOTS = ("infinitive", "1sg", "2sg", "3sg", "past_sg", "past_pl", "participle")


@lru_cache(maxsize=4096)
def verb_forms(lemma: str) -> dict[str, tuple[str, ...]]:
    """Every slot of a verb, each with its accepted spellings (preferred first),
    particle glued on as in a subordinate clause ("dat u het opstuurt")."""
    found = forms(lemma)
    return {
        slot: tuple(found[key].split("|")) if found[key] else ()
        for slot, key in (
            ("infinitive", "infinitive"), ("1sg", "1sg"), ("2sg", "2sg"), ("3sg", "3sg"),
            ("past_sg", "past_sg"), ("past_pl", "past_pl"), ("participle", "participle"),
        )
    }


def verb_slots(form: str, lemma: str, split: bool = False) -> list[str]:
    """Which slots of `lemma` spell `form`. With `split`, `form` is the finite
    verb without its particle ("stuurt" of "stuurt … op"; "pl" for "sturen … op")."""
    lower = form.lower()
    particle, verb = split_particle(lemma.lower())
    if split:
        if not particle:
            return []
        table = _core(verb)
        return [
            slot for slot in ("1sg", "2sg", "3sg", "pl", "past_sg", "past_pl")
            if table.get(slot) and lower in table[slot].split("|")
        ]
    return [slot for slot, spelled in verb_forms(lemma).items() if lower in spelled]


def verb_form(lemma: str, slot: str) -> tuple[str, str]:
    """The preferred spelling of a slot, split in (verb, particle) for the
    finite slots of a separable verb: ("stuurt", "op"); ("opgestuurd", "") for
    the participle, ("opsturen", "") for the infinitive."""
    particle, verb = split_particle(lemma.lower())
    if slot in ("infinitive", "participle"):
        return verb_forms(lemma)[slot][0], ""
    spelled = _core(verb)[slot]
    return _first(spelled), particle
