/**
 * The nouns and participles the report's sentences count with, in every form
 * they need. Reviewed by hand against Latvian declension (1st–6th declension
 * and definite adjectives). A word the shipped templates use belongs here,
 * with all its forms; a word only an edited template uses can instead be
 * declared in the config (`lexicon`, see `withWords`). Keys are the
 * nominative singular.
 */

export type Gender = 'm' | 'f';
export type NounCase = 'nom' | 'gen' | 'dat' | 'acc';

export interface NounForms {
  gender: Gender;
  /** nominative, genitive, dative, accusative */
  sg: readonly [string, string, string, string];
  pl: readonly [string, string, string, string];
}

export const CASE_INDEX: Record<NounCase, 0 | 1 | 2 | 3> = { nom: 0, gen: 1, dat: 2, acc: 3 };

export const NOUNS: Readonly<Record<string, NounForms>> = {
  klients: {
    gender: 'm',
    sg: ['klients', 'klienta', 'klientam', 'klientu'],
    pl: ['klienti', 'klientu', 'klientiem', 'klientus'],
  },
  persona: {
    gender: 'f',
    sg: ['persona', 'personas', 'personai', 'personu'],
    pl: ['personas', 'personu', 'personām', 'personas'],
  },
  'unikāla persona': {
    gender: 'f',
    sg: ['unikāla persona', 'unikālas personas', 'unikālai personai', 'unikālu personu'],
    pl: ['unikālas personas', 'unikālu personu', 'unikālām personām', 'unikālas personas'],
  },
  'individuāla persona': {
    gender: 'f',
    sg: [
      'individuāla persona',
      'individuālas personas',
      'individuālai personai',
      'individuālu personu',
    ],
    pl: [
      'individuālas personas',
      'individuālu personu',
      'individuālām personām',
      'individuālas personas',
    ],
  },
  sieviete: {
    gender: 'f',
    sg: ['sieviete', 'sievietes', 'sievietei', 'sievieti'],
    pl: ['sievietes', 'sieviešu', 'sievietēm', 'sievietes'],
  },
  vīrietis: {
    gender: 'm',
    sg: ['vīrietis', 'vīrieša', 'vīrietim', 'vīrieti'],
    pl: ['vīrieši', 'vīriešu', 'vīriešiem', 'vīriešus'],
  },
  bērns: {
    gender: 'm',
    sg: ['bērns', 'bērna', 'bērnam', 'bērnu'],
    pl: ['bērni', 'bērnu', 'bērniem', 'bērnus'],
  },
  ģimene: {
    gender: 'f',
    sg: ['ģimene', 'ģimenes', 'ģimenei', 'ģimeni'],
    pl: ['ģimenes', 'ģimeņu', 'ģimenēm', 'ģimenes'],
  },
  'ģimenes loceklis': {
    gender: 'm',
    sg: ['ģimenes loceklis', 'ģimenes locekļa', 'ģimenes loceklim', 'ģimenes locekli'],
    pl: ['ģimenes locekļi', 'ģimenes locekļu', 'ģimenes locekļiem', 'ģimenes locekļus'],
  },
  'cita valsts': {
    gender: 'f',
    sg: ['cita valsts', 'citas valsts', 'citai valstij', 'citu valsti'],
    pl: ['citas valstis', 'citu valstu', 'citām valstīm', 'citas valstis'],
  },
  pieaugušais: {
    gender: 'm',
    sg: ['pieaugušais', 'pieaugušā', 'pieaugušajam', 'pieaugušo'],
    pl: ['pieaugušie', 'pieaugušo', 'pieaugušajiem', 'pieaugušos'],
  },
  brīdinājums: {
    gender: 'm',
    sg: ['brīdinājums', 'brīdinājuma', 'brīdinājumam', 'brīdinājumu'],
    pl: ['brīdinājumi', 'brīdinājumu', 'brīdinājumiem', 'brīdinājumus'],
  },
  valsts: {
    gender: 'f',
    sg: ['valsts', 'valsts', 'valstij', 'valsti'],
    pl: ['valstis', 'valstu', 'valstīm', 'valstis'],
  },
  kontakts: {
    gender: 'm',
    sg: ['kontakts', 'kontakta', 'kontaktam', 'kontaktu'],
    pl: ['kontakti', 'kontaktu', 'kontaktiem', 'kontaktus'],
  },
  'sociālais darbinieks': {
    gender: 'm',
    sg: [
      'sociālais darbinieks',
      'sociālā darbinieka',
      'sociālajam darbiniekam',
      'sociālo darbinieku',
    ],
    pl: [
      'sociālie darbinieki',
      'sociālo darbinieku',
      'sociālajiem darbiniekiem',
      'sociālos darbiniekus',
    ],
  },
  'sociālais mentors': {
    gender: 'm',
    sg: ['sociālais mentors', 'sociālā mentora', 'sociālajam mentoram', 'sociālo mentoru'],
    pl: ['sociālie mentori', 'sociālo mentoru', 'sociālajiem mentoriem', 'sociālos mentorus'],
  },
  'patvēruma meklētājs': {
    gender: 'm',
    sg: [
      'patvēruma meklētājs',
      'patvēruma meklētāja',
      'patvēruma meklētājam',
      'patvēruma meklētāju',
    ],
    pl: [
      'patvēruma meklētāji',
      'patvēruma meklētāju',
      'patvēruma meklētājiem',
      'patvēruma meklētājus',
    ],
  },
  lieta: {
    gender: 'f',
    sg: ['lieta', 'lietas', 'lietai', 'lietu'],
    pl: ['lietas', 'lietu', 'lietām', 'lietas'],
  },
  'klienta lieta': {
    gender: 'f',
    sg: ['klienta lieta', 'klienta lietas', 'klienta lietai', 'klienta lietu'],
    pl: ['klientu lietas', 'klientu lietu', 'klientu lietām', 'klientu lietas'],
  },
  mēnesis: {
    gender: 'm',
    sg: ['mēnesis', 'mēneša', 'mēnesim', 'mēnesi'],
    pl: ['mēneši', 'mēnešu', 'mēnešiem', 'mēnešus'],
  },
  // One client served in one month, the unit of billing: one word, as the contracts write it.
  klientmēnesis: {
    gender: 'm',
    sg: ['klientmēnesis', 'klientmēneša', 'klientmēnesim', 'klientmēnesi'],
    pl: ['klientmēneši', 'klientmēnešu', 'klientmēnešiem', 'klientmēnešus'],
  },
  gads: {
    gender: 'm',
    sg: ['gads', 'gada', 'gadam', 'gadu'],
    pl: ['gadi', 'gadu', 'gadiem', 'gadus'],
  },
  fails: {
    gender: 'm',
    sg: ['fails', 'faila', 'failam', 'failu'],
    pl: ['faili', 'failu', 'failiem', 'failus'],
  },
  rinda: {
    gender: 'f',
    sg: ['rinda', 'rindas', 'rindai', 'rindu'],
    pl: ['rindas', 'rindu', 'rindām', 'rindas'],
  },
  dublikāts: {
    gender: 'm',
    sg: ['dublikāts', 'dublikāta', 'dublikātam', 'dublikātu'],
    pl: ['dublikāti', 'dublikātu', 'dublikātiem', 'dublikātus'],
  },
};

/** Participles (and adjectives) in the nominative: masculine/feminine × singular/plural. */
export interface ParticipleForms {
  m: readonly [singular: string, plural: string];
  f: readonly [singular: string, plural: string];
}

/** Keyed by the masculine singular. */
export const PARTICIPLES: Readonly<Record<string, ParticipleForms>> = {
  apkalpots: { m: ['apkalpots', 'apkalpoti'], f: ['apkalpota', 'apkalpotas'] },
  iesaistīts: { m: ['iesaistīts', 'iesaistīti'], f: ['iesaistīta', 'iesaistītas'] },
  slēgts: { m: ['slēgts', 'slēgti'], f: ['slēgta', 'slēgtas'] },
  sniegts: { m: ['sniegts', 'sniegti'], f: ['sniegta', 'sniegtas'] },
  nodrošināts: { m: ['nodrošināts', 'nodrošināti'], f: ['nodrošināta', 'nodrošinātas'] },
  pārvietots: { m: ['pārvietots', 'pārvietoti'], f: ['pārvietota', 'pārvietotas'] },
  saņēmis: { m: ['saņēmis', 'saņēmuši'], f: ['saņēmusi', 'saņēmušas'] },
  ieradies: { m: ['ieradies', 'ieradušies'], f: ['ieradusies', 'ieradušās'] },
  atgriezies: { m: ['atgriezies', 'atgriezušies'], f: ['atgriezusies', 'atgriezušās'] },
  nācis: { m: ['nācis', 'nākuši'], f: ['nākusi', 'nākušas'] },
  bijis: { m: ['bijis', 'bijuši'], f: ['bijusi', 'bijušas'] },
  atgriezts: { m: ['atgriezts', 'atgriezti'], f: ['atgriezta', 'atgrieztas'] },
  reģistrēts: { m: ['reģistrēts', 'reģistrēti'], f: ['reģistrēta', 'reģistrētas'] },
  apstrādāts: { m: ['apstrādāts', 'apstrādāti'], f: ['apstrādāta', 'apstrādātas'] },
  atmests: { m: ['atmests', 'atmesti'], f: ['atmesta', 'atmestas'] },
  izņemts: { m: ['izņemts', 'izņemti'], f: ['izņemta', 'izņemtas'] },
  derīgs: { m: ['derīgs', 'derīgi'], f: ['derīga', 'derīgas'] },
  pārējais: { m: ['pārējais', 'pārējie'], f: ['pārējā', 'pārējās'] },
  jauns: { m: ['jauns', 'jauni'], f: ['jauna', 'jaunas'] },
};

/** The nouns and participles helpers may count with. */
export interface Lexicon {
  readonly nouns: Readonly<Record<string, NounForms>>;
  readonly participles: Readonly<Record<string, ParticipleForms>>;
}

export const BUILT_IN_LEXICON: Lexicon = { nouns: NOUNS, participles: PARTICIPLES };

/** The built-in lexicon with more words; a word given here replaces a built-in one of that name. */
export function withWords(extra: Partial<Lexicon>): Lexicon {
  return {
    nouns: { ...NOUNS, ...extra.nouns },
    participles: { ...PARTICIPLES, ...extra.participles },
  };
}
