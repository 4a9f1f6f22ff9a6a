// Generates syntaxes/referat.tmLanguage.json (scopeName text.referat) from readable regex parts.
//
//   node syntaxes/build-grammar.mjs          write the JSON
//   node syntaxes/build-grammar.mjs --check  exit 1 if the JSON on disk is out of date
//
// Edit this file, not the JSON. Every regex is written so that it runs in linear time on the very
// long lines of page-per-line transcripts (sample 002 has lines of 4,000 characters): no nested
// quantifiers that can backtrack into each other, and any "rest of the title" part is either
// anchored to the end of the line or bounded ({0,120}).
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const OUT = join(dirname(fileURLToPath(import.meta.url)), 'referat.tmLanguage.json');

// ---------------------------------------------------------------- building blocks
/** Start and end of a word, Unicode-aware (æøå are letters). */
const B = String.raw`(?<![\p{L}\p{N}_])`;
const E = String.raw`(?![\p{L}\p{N}_])`;
const alt = (words) => words.map((w) => w.replace(/ /g, String.raw`[ \t]+`)).join('|');

const MONTHS = [
  'januar', 'februar', 'marts', 'april', 'maj', 'juni', 'juli', 'august', 'september', 'oktober',
  'november', 'december',
];
const MONTH_ABBR = ['jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'okt', 'nov', 'dec'];
const MONTH = String.raw`(?i:${MONTHS.join('|')}|(?:${MONTH_ABBR.join('|')})\.)`;
const DAY = String.raw`(?:0?[1-9]|[12][0-9]|3[01])`;
const MON = String.raw`(?:0?[1-9]|1[0-2])`;
/** A date in any of the shapes seen in minutes; no captures. */
const DATE = [
  String.raw`${DAY}-${MON}-(?:[0-9]{4}|[0-9]{2})(?![0-9])`, // 25-11-2020
  String.raw`${DAY}\.${MON}\.(?:[0-9]{4}|[0-9]{2})(?![0-9])`, // 21.05.2024, 31.12.25
  String.raw`${DAY}/${MON}(?:[ \t]+|/|-)[0-9]{4}(?![0-9])`, // 31/3 2024, 31/3/2024, 3/5-2021
  String.raw`${DAY}\.[ \t]*${MONTH}(?:[ \t]+[0-9]{3,4}(?![0-9]))?${E}`, // 11. januar 2017, 8. december
  String.raw`${DAY}-(?i:${MONTHS.join('|')}|${MONTH_ABBR.join('|')})-[0-9]{4}(?![0-9])`, // 07-marts-2002, 7-Mar-2002
].map((d) => `(?:${d})`).join('|');

const WEEKDAY = String.raw`(?:[Mm]andag|[Tt]irsdag|[Oo]nsdag|[Tt]orsdag|[Ff]redag|[Ll]ørdag|[Ss]øndag)(?:en)?`;

/** Section headings, each only as a whole line. */
const SECTION_HEADINGS = [
  'Beslutningstema', 'Resume', 'Resumé', 'Sagsfremstilling', 'Indledning', 'Indstilling',
  'Administrativ indstilling', 'Forvaltningens indstilling', 'Bilag', 'Økonomi',
  'Økonomiske konsekvenser', 'Økonomi/Personaleforhold', 'Bevillingsmæssige konsekvenser',
  'Personalemæssige konsekvenser', 'Retsregler og andre forskrifter', 'Lovgrundlag', 'Retsgrundlag',
  'Kommunikation', 'Kommunikation/Høring', 'Høring', 'Tidligere behandling',
  'Sagens tidligere behandling', 'Sagsbeskrivelse', 'Beslutningskompetence',
];
const SECTION_LINE = String.raw`^[ \t]*(${alt(SECTION_HEADINGS)})[ \t]*(:)?[ \t]*$`;

/** "Direktøren for Social, Sundhed og Beskæftigelse indstiller", "Forvaltningen indstiller til X,". */
const RECOMMENDER = ['Direktøren', 'Direktionen', 'Forvaltningen', 'Administrationen', 'Chef', 'Chefen',
  'Centerchefen', 'Centret', 'Centeret', 'Center', 'Afdelingen', 'Stabschefen', 'Kommunaldirektøren'];
const RECOMMENDATION_LINE = String.raw`^[ \t]*((?:${RECOMMENDER.join('|')})${E}[^.\t]{0,160}?${B}indstiller(?:[ \t]+til[ \t]+[^.,\t]{1,80})?)(?:[ \t]*(,))?(?:[ \t]*${B}(at))?[ \t]*[,:]?[ \t]*$`;

/** Decision headings (whole lines). Order: most specific first. */
const DECISION_PRIOR = String.raw`^[ \t]*(Beslutning)[ \t]+(fra)[ \t]+([^\t,]{1,120}?),?[ \t]+(?:(den|d\.)[ \t]+)?(${DATE}),?[ \t]+(pkt\.|punkt)[ \t]*([0-9]+)[ \t]*(:)?[ \t]*$`;
const DECISION_DATED = String.raw`^[ \t]*(Beslutning(?:er)?)[ \t]+(?:(fra)[ \t]+)?([^\t]{1,120}?),?[ \t]+(?:(den|d\.)[ \t]+)?(${DATE})(?:,?[ \t]+(pkt\.|punkt)[ \t]*([0-9]+))?[ \t]*(:)?[ \t]*$`;
const DECISION_DEN = String.raw`^[ \t]*(Beslutning(?:er)?)[ \t]+([^\t]{1,120}?)[ \t]+(den|d\.)[ \t]*(:)?[ \t]*$`;
const DECISION_BARE = String.raw`^[ \t]*(Beslutning(?:er)?)[ \t]*(:)?[ \t]*$`;

const ITEM_LINE = String.raw`^[ \t]*(Punkt|Pkt\.)[ \t]+([0-9]{1,4})[ \t]*([:.])[ \t]*(?:(Lukket)[ \t]*(:)[ \t]*)?(.*?)(?:[ \t]+(\()([A-ZÆØÅ]{1,3}[0-9]?)(\)))?[ \t]*$`;

/** Whatever starts a new part of an item closes a decision region. */
const strip = (re) => re.replace(/^\^/, '');
const DECISION_END = `^(?=${[
  String.raw`[ \t]*(?:Punkt|Pkt\.)[ \t]+[0-9]{1,4}[ \t]*[:.]`,
  strip(SECTION_LINE), strip(RECOMMENDATION_LINE), strip(DECISION_PRIOR), strip(DECISION_DATED),
  strip(DECISION_DEN), strip(DECISION_BARE), String.raw`(?:Indholdsfortegnelse|REFERAT|DAGSORDEN)${E}`,
].map((r) => `(?:${r})`).join('|')})`;

// ---------------------------------------------------------------- scopes
const S = {
  heading1: 'markup.heading.1.referat',
  heading2: 'markup.heading.2.referat',
  heading3: 'markup.heading.3.referat',
  docType: 'keyword.other.document-type.referat',
  committee: 'entity.name.type.committee.referat',
  field: 'entity.other.attribute-name.field.referat',
  colon: 'punctuation.separator.key-value.referat',
  venue: 'string.unquoted.venue.referat',
  itemKeyword: 'keyword.other.item.referat',
  itemNumber: 'constant.numeric.item-number.referat',
  itemTitle: 'entity.name.section.item.referat',
  closed: 'storage.modifier.closed.referat',
  open: 'storage.modifier.open.referat',
  caseType: 'keyword.other.case-type.referat',
  marker: 'constant.language.marker.referat',
  markerBegin: 'punctuation.definition.marker.begin.referat',
  markerEnd: 'punctuation.definition.marker.end.referat',
  party: 'entity.name.tag.party.referat',
  partyBegin: 'punctuation.definition.party.begin.referat',
  partyEnd: 'punctuation.definition.party.end.referat',
  section: 'entity.name.section.referat',
  decision: 'entity.name.section.decision.referat',
  priorDecision: 'entity.name.section.decision.prior.referat',
  recommendation: 'entity.name.section.recommendation.referat',
  // "variable.other.constant" first so that themes without a rule for constant.other (Dark+) still
  // colour case numbers; themes that colour "constant" use the deeper constant.other scope.
  caseNumber: (kind) => `variable.other.constant.case-number.referat constant.other.case-number.${kind}.referat`,
  caseLabel: 'entity.other.attribute-name.case-label.referat',
  date: 'constant.numeric.date.referat',
  weekday: 'constant.numeric.date.weekday.referat',
  time: 'constant.numeric.time.referat',
  amount: 'constant.numeric.amount.referat',
  currency: 'keyword.other.unit.currency.referat',
  percent: 'constant.numeric.percentage.referat',
  percentUnit: 'keyword.other.unit.percentage.referat',
  listBullet: 'markup.list.unnumbered.referat',
  listNumbered: 'markup.list.numbered.referat',
  listMarker: 'punctuation.definition.list.begin.referat',
  atClause: 'keyword.other.at-clause.referat',
  ad: 'keyword.other.ad.referat',
  toc: 'meta.toc.entry.referat',
  tocTitle: 'entity.name.section.toc.referat',
  tocHeading: 'entity.name.section.toc-heading.referat',
  leader: 'comment.line.leader.referat',
  page: 'constant.numeric.page.referat',
  pageHeader: 'comment.line.page-header.referat',
  string: 'string.quoted.double.referat',
  approved: 'markup.inserted.outcome.approved.referat',
  rejected: 'markup.deleted.outcome.rejected.referat',
  noted: 'markup.changed.outcome.noted.referat',
  discussed: 'markup.changed.outcome.discussed.referat',
  postponed: 'markup.changed.outcome.postponed.referat',
  vote: 'keyword.other.vote.referat',
  decisionRegion: 'meta.section.decision.referat',
};

const cap = (...names) =>
  Object.fromEntries(names.map((n, i) => [String(i + 1), { name: n }]).filter(([, c]) => c.name));

// ---------------------------------------------------------------- rules
const repository = {
  // ---- header -------------------------------------------------------------------------------
  'header-title': {
    patterns: [
      {
        comment: 'REFERAT <Committee> d. <date> (short lines only; long transcript lines fall through)',
        match: String.raw`^[ \t]*(REFERAT|DAGSORDEN|Referat|Dagsorden)(?:[ \t]+(for[ \t]+[^\t]{1,60}?[ \t]+møde))?[ \t]+(\p{Lu}[^\t]{0,119}?)(?:[ \t]+(d\.|den)[ \t]+(${DATE}))?[ \t]*$`,
        name: S.heading1,
        captures: {
          1: { name: S.docType },
          2: { name: S.docType },
          3: { name: S.committee, patterns: [{ include: '#date' }] },
          5: { name: S.date },
        },
      },
      { match: String.raw`^[ \t]*(REFERAT|DAGSORDEN|Referat|Dagsorden)${E}`, captures: cap(S.docType) },
    ],
  },
  'header-field': {
    patterns: [
      {
        match: String.raw`^[ \t]*(Mødested)(:)?[ \t]+([^\t]{1,200}?)[ \t]*$`,
        captures: cap(S.field, S.colon, S.venue),
      },
      {
        comment: 'Mødedato ..., Fraværende: ...; the more general words only with a colon',
        begin: String.raw`^[ \t]*(?:(Mødedato|Mødetidspunkt|Sluttidspunkt|Mødedeltagere|Fraværende|Afbud)(:)?|(Deltagere|Medlemmer|Bemærkninger|Til stede|Ikke til stede|Stedfortrædere?)(:))(?=[ \t]|$)`,
        end: '$',
        beginCaptures: cap(S.field, S.colon, S.field, S.colon),
        name: 'meta.header.field.referat',
        patterns: [{ include: '#inline' }],
      },
    ],
  },
  'field-inline': {
    comment: 'Labels inside transcript lines: "Mødedato: ", "Sagen afgøres i: ", "Bilag: "',
    match: String.raw`${B}(Mødedato|Mødetidspunkt|Sluttidspunkt|Mødested|Medlemmer|Deltagere|Fraværende|Afbud|Bemærkninger|Ikke til stede|Sagen afgøres i|Bilagsnr|Bilag|Udvalg|Adgang|Dato|Kontakt|Titel|Sagsbehandler)(:)(?=[ \t]|$)`,
    captures: cap(S.field, S.colon),
  },

  // ---- table of contents -------------------------------------------------------------------
  'toc-heading': {
    match: String.raw`^[ \t]*(Indholdsfortegnelse|Sagsoversigt|Bilagsliste)[ \t]*$`,
    name: S.heading2,
    captures: cap(S.tocHeading),
  },
  'toc-entry': {
    patterns: [
      {
        comment: 'Title.....<TAB>5 8',
        match: String.raw`^([^\t]{0,300}?)(?<!\.)((?>\.{3,}))(\t+)([0-9]{1,3}(?:[ \t]+[0-9]{1,3})*)[ \t]*$`,
        name: S.toc,
        captures: {
          1: { name: S.tocTitle, patterns: [{ include: '#title-inline' }] },
          2: { name: S.leader },
          4: { name: S.page },
        },
      },
      {
        comment: 'Title.....5 (no TAB; short lines only, so a long transcript page is not taken for one)',
        match: String.raw`^([^\t]{0,100}?)(?<!\.)((?>\.{3,}))[ ]?([0-9]{1,3}(?:[ ]+[0-9]{1,3})*)[ \t]*$`,
        name: S.toc,
        captures: {
          1: { name: S.tocTitle, patterns: [{ include: '#title-inline' }] },
          2: { name: S.leader },
          3: { name: S.page },
        },
      },
      {
        comment: 'A long title truncated before its leader: <title><TAB><page> (a table row has a shorter label)',
        match: String.raw`^(\p{L}[^\t]{39,200})(\t)([1-9][0-9]{0,2}(?:[ \t]+[1-9][0-9]{0,2})*)[ \t]*$`,
        name: S.toc,
        captures: {
          1: { name: S.tocTitle, patterns: [{ include: '#title-inline' }] },
          3: { name: S.page },
        },
      },
    ],
  },
  'toc-inline': {
    comment: 'Transcript ToC: "Meddelelser/Eventuelt...41"',
    match: String.raw`(?<!\.)((?>\.{3,}))([0-9]{1,3})(?![0-9])`,
    captures: cap(S.leader, S.page),
  },
  'page-header': {
    comment: 'Transcript running header: "12 Beskæftigelsesudvalget Mødedato Side 12"',
    match: String.raw`^([0-9]{1,3})[ \t]+([^\t]{1,80}?)[ \t]+(Mødedato[ \t]+Side)(?:[ \t]+([0-9]{1,3}))?(?=[ \t]|$)`,
    name: S.pageHeader,
    captures: cap(S.page, null, null, S.page),
  },

  // ---- items ----------------------------------------------------------------------------------
  'item-heading': {
    match: ITEM_LINE,
    name: `${S.heading2} meta.item.heading.referat`,
    captures: {
      1: { name: S.itemKeyword },
      2: { name: S.itemNumber },
      3: { name: S.colon },
      4: { name: S.closed },
      5: { name: S.colon },
      6: { name: S.itemTitle, patterns: [{ include: '#title-inline' }] },
      7: { name: S.markerBegin },
      8: { name: S.marker },
      9: { name: S.markerEnd },
    },
  },
  'case-type': {
    comment: 'Transcript items: "Beslutningssag: <title> Åben sag"',
    match: String.raw`${B}(Beslutningssag|Orienteringssag|Drøftelsessag|Godkendelsessag)(:)(?:[ \t]*([^:\n]{1,200}?)(?=[ \t]+(?:Åben|Lukket)[ \t]+sag${E}))?`,
    captures: {
      1: { name: S.caseType },
      2: { name: S.colon },
      3: { name: S.itemTitle, patterns: [{ include: '#title-inline' }] },
    },
  },
  'open-closed': {
    patterns: [
      { match: String.raw`${B}Åben[ \t]+sag${E}`, name: S.open },
      { match: String.raw`${B}Lukket[ \t]+sag${E}`, name: S.closed },
    ],
  },
  'title-inline': {
    patterns: [
      { match: String.raw`^[ \t]*(Lukket)(:)`, captures: cap(S.closed, S.colon) },
      { include: '#item-marker' },
      { include: '#case-number' },
      { include: '#amount' },
      { include: '#date' },
      { include: '#quoted' },
    ],
  },
  'item-marker': {
    comment: 'A municipality code at the end of a title: "(B)"',
    match: String.raw`(\()([A-ZÆØÅ]{1,3}[0-9]?)(\))(?=[ \t]*$)`,
    captures: cap(S.markerBegin, S.marker, S.markerEnd),
  },

  // ---- sections -------------------------------------------------------------------------------
  'section-heading': {
    match: SECTION_LINE,
    name: S.heading3,
    captures: cap(S.section, S.colon),
  },
  'recommendation-heading': {
    match: RECOMMENDATION_LINE,
    name: S.heading3,
    captures: cap(S.recommendation, null, S.atClause),
  },
  decision: {
    patterns: [
      {
        begin: DECISION_PRIOR,
        beginCaptures: {
          0: { name: S.heading3 },
          1: { name: S.priorDecision },
          2: { name: S.priorDecision },
          3: { name: S.committee },
          4: { name: S.priorDecision },
          5: { name: S.date },
          6: { name: S.priorDecision },
          7: { name: S.itemNumber },
          8: { name: S.colon },
        },
        end: DECISION_END,
        name: S.decisionRegion,
        patterns: [{ include: '#decision-body' }],
      },
      {
        begin: DECISION_DATED,
        beginCaptures: {
          0: { name: S.heading3 },
          1: { name: S.decision },
          2: { name: S.decision },
          3: { name: S.committee },
          4: { name: S.decision },
          5: { name: S.date },
          6: { name: S.decision },
          7: { name: S.itemNumber },
          8: { name: S.colon },
        },
        end: DECISION_END,
        name: S.decisionRegion,
        patterns: [{ include: '#decision-body' }],
      },
      {
        begin: DECISION_DEN,
        beginCaptures: {
          0: { name: S.heading3 },
          1: { name: S.decision },
          2: { name: S.committee },
          3: { name: S.decision },
          4: { name: S.colon },
        },
        end: DECISION_END,
        name: S.decisionRegion,
        patterns: [{ include: '#decision-body' }],
      },
      {
        begin: DECISION_BARE,
        beginCaptures: { 0: { name: S.heading3 }, 1: { name: S.decision }, 2: { name: S.colon } },
        end: DECISION_END,
        name: S.decisionRegion,
        patterns: [{ include: '#decision-body' }],
      },
    ],
  },
  'decision-body': {
    patterns: [
      { include: '#list-decision' },
      { include: '#at-clause' },
      { include: '#ad-clause' },
      { include: '#outcome' },
      { include: '#vote' },
      { include: '#inline' },
    ],
  },
  'decision-inline': {
    comment: 'Transcript: "Beslutninger Beskæftigelsesudvalget den" in the middle of a page line',
    match: String.raw`${B}(Beslutninger)[ \t]+(\p{Lu}[^\s]{0,60})[ \t]+(den)${E}`,
    name: S.heading3,
    captures: cap(S.decision, S.committee, S.decision),
  },
  outcome: {
    patterns: [
      { match: String.raw`${B}(?:ikke|Ikke)[ \t]+(?:godkendt|godkendes|tiltrådt|vedtaget|anbefalet)${E}|${B}(?:[Ff]orkastet|[Aa]fvist|[Nn]edstemt)${E}`, name: S.rejected },
      { match: String.raw`${B}(?:(?:[Ii]ndstilles|[Aa]nbefales|[Ii]ndstillet|[Aa]nbefalet)[ \t]+godkendt|[Gg]odkendt|[Gg]odkendes|[Gg]odkendte|[Tt]iltrådt|[Tt]iltrædes|[Vv]edtaget|[Aa]nbefales|[Aa]nbefalet)${E}`, name: S.approved },
      { match: String.raw`${B}(?:[Tt]aget|[Tt]ages|[Tt]og)[ \t]+(?:\p{L}+[ \t]+){0,2}?til[ \t]+efterretning${E}`, name: S.noted },
      { match: String.raw`${B}(?:[Dd]røftet|[Dd]røftede|[Dd]røftes)${E}`, name: S.discussed },
      { match: String.raw`${B}(?:[Uu]dsat|[Uu]dsættes|[Uu]dskudt)${E}`, name: S.postponed },
    ],
  },
  vote: {
    match: String.raw`${B}(?:[Ff]or[ \t]+(?:forslaget|indstillingen|ændringsforslaget)[ \t]+stemte|[Ii]mod[ \t]+stemte|stemte[ \t]+imod|stemte[ \t]+for|[Uu]ndlod[ \t]+at[ \t]+stemme|[Ii]mod[ \t]+(?:forslaget|indstillingen)[ \t]+stemte)${E}`,
    name: S.vote,
  },

  // ---- lists ----------------------------------------------------------------------------------
  list: {
    patterns: [
      {
        begin: String.raw`^[ \t]*([-–•])[ \t]+(?:(at|At)${E})?`,
        beginCaptures: cap(S.listMarker, S.atClause),
        end: '$',
        name: S.listBullet,
        patterns: [{ include: '#inline' }],
      },
      {
        begin: String.raw`^[ \t]*([0-9]{1,2}[.)])(?![ \t]*${MONTH}${E})[ \t]+(?:(at|At)${E})?`,
        beginCaptures: cap(S.listMarker, S.atClause),
        end: '$',
        name: S.listNumbered,
        patterns: [{ include: '#inline' }],
      },
    ],
  },
  'list-decision': {
    patterns: [
      {
        begin: String.raw`^[ \t]*([-–•])[ \t]+(?:(at|At)${E})?`,
        beginCaptures: cap(S.listMarker, S.atClause),
        end: '$',
        name: S.listBullet,
        patterns: [{ include: '#outcome' }, { include: '#vote' }, { include: '#inline' }],
      },
      {
        begin: String.raw`^[ \t]*([0-9]{1,2}[.)])(?![ \t]*${MONTH}${E})[ \t]+(?:(at|At)${E})?`,
        beginCaptures: cap(S.listMarker, S.atClause),
        end: '$',
        name: S.listNumbered,
        patterns: [{ include: '#outcome' }, { include: '#vote' }, { include: '#inline' }],
      },
    ],
  },
  'at-clause': {
    comment: 'A recommendation clause on its own line: "at udvalget drøfter ..."',
    match: String.raw`^[ \t]*(at|At)${E}(?=[ \t])`,
    captures: cap(S.atClause),
  },
  'ad-clause': {
    comment: 'Decisions answering point by point: "Ad 1", "Ad 2 og 3"',
    match: String.raw`${B}(Ad)[ \t]+([0-9]{1,2}(?:[ \t]*(?:,|og|-|–)[ \t]*[0-9]{1,2})*)${E}`,
    captures: cap(S.ad, S.itemNumber),
  },

  // ---- inline -----------------------------------------------------------------------------------
  inline: {
    patterns: [
      { include: '#case-label' },
      { include: '#case-number' },
      { include: '#case-type' },
      { include: '#open-closed' },
      { include: '#decision-inline' },
      { include: '#field-inline' },
      { include: '#toc-inline' },
      { include: '#amount' },
      { include: '#percentage' },
      { include: '#time' },
      { include: '#date' },
      { include: '#weekday' },
      { include: '#party' },
      { include: '#quoted' },
    ],
  },
  'case-label': {
    comment: 'Sagsnr.: <anything that looks like a number>',
    match: String.raw`${B}(Sagsnr|Sags\.[ \t]?nr|Sagsnummer|J\.[ \t]?nr|Journalnr)(\.)?(:)?(?:[ \t]*((?:[0-9]|EMN-|S[0-9])[0-9A-Za-z./-]{0,30}[0-9A-Za-z]))?`,
    captures: {
      1: { name: S.caseLabel },
      2: { name: S.caseLabel },
      3: { name: S.colon },
      4: { patterns: [{ include: '#case-number' }, { match: '.+', name: S.caseNumber('other') }] },
    },
  },
  'case-number': {
    patterns: [
      {
        comment: 'KLE: emne 00.30.14, handlingsfacet G01 (also the malformed 000), serial, year',
        match: String.raw`(?<![0-9A-Za-z.])[0-9]{2}\.[0-9]{2}\.[0-9]{2,3}-(?:[A-ZÆØÅ][0-9]{0,3}|[0-9]{2,3})-[0-9]{1,5}-[0-9]{2,4}(?![0-9A-Za-z]|-[0-9])`,
        name: S.caseNumber('kle'),
      },
      {
        comment: 'KLE with digits lost in a PDF copy: 15.2.-P5-1-17',
        match: String.raw`(?<![0-9A-Za-z.])[0-9]{1,2}\.[0-9]{1,2}\.[0-9]{0,3}-[A-ZÆØÅ]?[0-9]{0,3}-[0-9]{1,5}-[0-9]{2,4}(?![0-9A-Za-z]|-[0-9])`,
        name: S.caseNumber('kle'),
      },
      {
        comment: 'Year/serial: 24/6823',
        match: String.raw`(?<![0-9./,-])[0-9]{2}/[0-9]{3,6}(?![0-9/]|[.,][0-9])`,
        name: S.caseNumber('serial'),
      },
      { match: String.raw`${B}EMN-[0-9]{4}-[0-9]{3,8}${E}`, name: S.caseNumber('emn') },
      { match: String.raw`${B}S[0-9]{4}-[0-9]{3,8}${E}`, name: S.caseNumber('s') },
      { match: String.raw`(?<![0-9./-])[0-9]{3}-(?:19|20)[0-9]{2}-[0-9]{2,7}(?![0-9]|-[0-9])`, name: S.caseNumber('dash') },
    ],
  },
  date: {
    match: String.raw`(?<![0-9A-Za-z.,/-])(?:d\.[ \t]+)?(?:${DATE})`,
    name: S.date,
  },
  weekday: { match: `${B}${WEEKDAY}${E}`, name: S.weekday },
  time: {
    match: String.raw`${B}([Kk]l\.?)[ \t]*(?:[01]?[0-9]|2[0-3])[:.][0-5][0-9](?:[ \t]*[-–][ \t]*(?:[01]?[0-9]|2[0-3])[:.][0-5][0-9])?(?![0-9])`,
    name: S.time,
  },
  amount: {
    patterns: [
      {
        comment: '800.000 kr., 110,2 mio. kr., 23,1 mio., 500 t.kr.',
        match: String.raw`(?<![0-9A-Za-z.,])-?[0-9]+(?:\.[0-9]{3})*(?:,[0-9]+)?[ \t]?((?:mio|mia|mill)\.?(?:[ \t]?kr\.?)?|t\.?[ \t]?kr\.?|kr\.?|DKK)(?![\p{L}\p{N}])`,
        name: S.amount,
        captures: cap(S.currency),
      },
      {
        comment: 'kr. 5.000, kr. 5.000,-',
        match: String.raw`${B}(kr\.?)[ \t]?[0-9]+(?:\.[0-9]{3})*(?:,(?:[0-9]+|-))?(?![0-9])`,
        name: S.amount,
        captures: cap(S.currency),
      },
    ],
  },
  percentage: {
    match: String.raw`(?<![0-9A-Za-z.,])-?[0-9]+(?:[.,][0-9]+)?[ \t]?(%|pct\.|procent${E})`,
    name: S.percent,
    captures: cap(S.percentUnit),
  },
  party: {
    comment: 'Party letter after a name: "Allan Berg Mortensen (Ø)"',
    match: String.raw`(?<=\p{Ll} )(\()([A-ZÆØÅ])(\))(?=[\s,.;:)]|$)`,
    captures: cap(S.partyBegin, S.party, S.partyEnd),
  },
  quoted: {
    patterns: [
      { match: String.raw`"[^"\n]{1,1000}"`, name: S.string },
      { match: String.raw`„[^“”"\n]{1,1000}[“”"]`, name: S.string },
      { match: String.raw`“[^“”\n]{1,1000}”`, name: S.string },
      { match: String.raw`»[^«»\n]{1,1000}«`, name: S.string },
    ],
  },
};

const grammar = {
  $schema: 'https://raw.githubusercontent.com/martinring/tmlanguage/master/tmlanguage.json',
  name: 'Referat',
  scopeName: 'text.referat',
  comment: 'Generated by syntaxes/build-grammar.mjs; edit that file, not this one.',
  patterns: [
    { include: '#page-header' },
    { include: '#header-title' },
    { include: '#header-field' },
    { include: '#toc-heading' },
    { include: '#item-heading' },
    { include: '#decision' },
    { include: '#section-heading' },
    { include: '#recommendation-heading' },
    { include: '#toc-entry' },
    { include: '#list' },
    { include: '#at-clause' },
    { include: '#ad-clause' },
    { include: '#inline' },
  ],
  repository,
};

const json = JSON.stringify(grammar, null, 2) + '\n';
if (process.argv.includes('--check')) {
  let current = '';
  try {
    current = readFileSync(OUT, 'utf8');
  } catch {
    /* missing */
  }
  if (current !== json) {
    console.error(`${OUT} is out of date: run node syntaxes/build-grammar.mjs`);
    process.exit(1);
  }
} else {
  writeFileSync(OUT, json);
}
