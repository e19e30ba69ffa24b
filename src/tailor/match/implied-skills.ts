import { extractTerms } from './terms.js';

/**
 * Broad skills and the narrower things that show them: someone who ran Kafka
 * has done distributed-systems work, someone who trained PyTorch models has
 * done machine learning. Only narrow → broad, never back. Generic data; one
 * row per skill, its other spellings being aliases (`frontend`, `front end`).
 */
const IMPLIED: readonly (readonly [string, readonly string[]])[] = [
  ['distributed systems', ['kafka', 'spark', 'flink', 'hadoop', 'cassandra', 'kubernetes', 'microservices', 'distributed training', 'distributed data processing', 'distributed computing']],
  ['machine learning', ['pytorch', 'tensorflow', 'keras', 'jax', 'scikit-learn', 'xgboost', 'lightgbm', 'mlflow', 'kubeflow', 'sagemaker']],
  ['deep learning', ['pytorch', 'tensorflow', 'keras', 'jax']],
  ['statistics', ['a/b testing', 'hypothesis testing', 'regression analysis', 'bayesian', 'causal inference']],
  ['sql', ['postgresql', 'mysql', 'sqlite', 'bigquery', 'snowflake', 'redshift', 'presto', 'trino', 'pl/sql', 'dbt']],
  ['databases', ['postgresql', 'mysql', 'sqlite', 'mongodb', 'redis', 'cassandra', 'dynamodb', 'elasticsearch']],
  ['cloud', ['amazon web services', 'google cloud', 'microsoft azure']],
  ['containers', ['docker', 'kubernetes']],
  ['containerization', ['docker', 'kubernetes']],
  ['infrastructure as code', ['terraform', 'ansible', 'pulumi', 'cloudformation']],
  ['ci/cd', ['jenkins', 'github actions', 'circleci', 'gitlab ci']],
  ['monitoring', ['prometheus', 'grafana', 'datadog', 'splunk', 'opentelemetry', 'new relic']],
  ['observability', ['prometheus', 'grafana', 'datadog', 'splunk', 'opentelemetry']],
  ['data visualization', ['tableau', 'looker', 'power bi', 'd3', 'superset']],
  ['data pipelines', ['airflow', 'dbt', 'dagster', 'prefect', 'extract transform load']],
  ['stream processing', ['kafka', 'flink', 'kinesis', 'spark streaming']],
  ['version control', ['git']],
  ['web applications', ['react', 'angular', 'vue', 'svelte', 'next.js', 'django', 'rails', 'javascript']],
  ['web development', ['react', 'angular', 'vue', 'svelte', 'next.js', 'django', 'rails', 'html', 'css', 'javascript']],
  ['test automation', ['playwright', 'cypress', 'selenium', 'jest', 'pytest', 'junit', 'vitest', 'mocha', 'end-to-end tests', 'unit tests', 'integration tests']],
  ['learning management systems', ['moodle', 'google classroom', 'docebo', 'totara', 'brightspace']],
  ['instructional design', ['lesson planning', 'lesson design', 'curriculum design', 'course design', 'learning design']],
  ['front end', ['react', 'angular', 'vue', 'svelte']],
];

export interface Implication {
  /** The broad skill as a run of match keys, as a requirement would write it. */
  skill: string[];
  name: string;
  /** Each narrower thing as match keys: evidence holding all of one shows the skill. */
  shownBy: { keys: string[]; name: string }[];
}

const keysOf = (text: string): string[] => extractTerms(text, { asSkill: true }).map((t) => t.key);

let compiled: Implication[] | undefined;

/** The table as match keys, built on first use (the terms module must be ready). */
export function implications(): readonly Implication[] {
  compiled ??= IMPLIED.map(([name, narrower]) => ({
    name, skill: keysOf(name), shownBy: narrower.map((n) => ({ keys: keysOf(n), name: n })),
  }));
  return compiled;
}
