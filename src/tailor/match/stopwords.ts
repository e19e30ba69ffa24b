/** Words that carry no requirement of their own: English function words and résumé filler. */
export const STOPWORDS: ReadonlySet<string> = new Set(
  `a an the and or but nor of to in on at by for with from into onto over under about across after before
  between through during within without via per as than then so such that this these those there their they
  them it its is are was were be been being am has have had having do does did done can could should would
  will shall may might must not no yes all any both each few more most other some own same very too just
  also only our ours we you your yours he she his her i me my mine who whom whose which what when where why
  how s t etc e g eg ie i.e e.g like including include includes using use used uses new well
  experience experienced skill skills ability able strong proven solid deep good great excellent expert
  expertise knowledge understanding familiarity familiar proficiency proficient background fundamentals basics
  hands on year years plus preferred required requirement requirements nice bonus ideally least minimum
  work working worked related relevant various multiple several demonstrated track record`
    .split(/\s+/)
    .filter(Boolean),
);

/**
 * Verbs every plan and job ad uses ("build", "develop", "drive"): they say what
 * is done, not what it is about, so topic relevance ignores them.
 */
export const GENERIC_VERBS: ReadonlySet<string> = new Set(
  `build builds building built develop develops developing developed design designs designing designed create creates
  creating created support supports supporting supported deliver delivers delivering delivered drive drives driving
  improve improves improving improved enable enables enabling enabled ensure ensures ensuring implement implements
  implementing implemented make makes making help helps helping lead leads leading led own owns owning achieve
  launch launches launching launched expand expanding enhance enhancing accelerate accelerating establish
  manage manages managing managed`
    .split(/\s+/)
    .filter(Boolean),
);

/**
 * Nouns that name an activity, not its subject: "Risk management" is about
 * risk, so evidence of risk work answers it, while sharing only "management"
 * says nothing.
 */
export const ACTIVITY_NOUNS: ReadonlySet<string> = new Set(
  `management development design planning delivery communication communications administration coordination
  execution implementation maintenance`
    .split(/\s+/)
    .filter(Boolean),
);

/**
 * Words nearly every résumé and job ad uses for what work is about ("product",
 * "data", "customer"): alone they do not show a shared subject.
 */
export const BROAD_WORDS: ReadonlySet<string> = new Set(
  `product products data customer customers user users team teams business public service services system systems
  project projects company client clients people process processes software technical web content quality
  performance growth`
    .split(/\s+/)
    .filter(Boolean),
);
