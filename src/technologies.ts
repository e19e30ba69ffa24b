/**
 * Vocabulary data for the matcher (and extract, which must not take a technology for a place). Generic, not drawn from any one profile:
 * terms written with punctuation that must stay whole, technology names that
 * are never stemmed, and short names that are only trusted where written as a skill.
 */

/** Tokens whose punctuation is part of the name (`c++` is not `c`). */
export const PROTECTED_TOKENS: readonly string[] = [
  'c++', 'c#', 'f#', '.net', 'asp.net', 'ci/cd', 'a/b', 'tcp/ip', 'i/o', 'pl/sql', 'ui/ux', 'objective-c', 'scikit-learn',
];

/** Names that look like ordinary words but are technologies: never stemmed. */
export const TECHNOLOGIES: ReadonlySet<string> = new Set([
  'python', 'java', 'javascript', 'typescript', 'kotlin', 'scala', 'swift', 'rust', 'ruby', 'rails', 'php', 'perl',
  'haskell', 'elixir', 'erlang', 'clojure', 'dart', 'flutter', 'julia', 'matlab', 'golang', 'bash', 'shell',
  'react', 'angular', 'vue', 'svelte', 'django', 'flask', 'fastapi', 'spring', 'express', 'node', 'deno',
  'pytorch', 'tensorflow', 'keras', 'jax', 'pandas', 'numpy', 'spark', 'kafka', 'flink', 'airflow', 'dbt',
  'hadoop', 'hive', 'presto', 'trino', 'snowflake', 'bigquery', 'redshift', 'looker', 'tableau', 'jupyter',
  'kubernetes', 'docker', 'terraform', 'ansible', 'helm', 'linux', 'unix', 'postgresql', 'mysql', 'sqlite',
  'mongodb', 'redis', 'cassandra', 'elasticsearch', 'dynamodb', 'graphql', 'grpc', 'webgl', 'webassembly',
  'android', 'ios', 'aws', 'azure', 'gcp', 'sql', 'nosql', 'html', 'css', 'sass', 'git', 'jenkins', 'prometheus',
  'grafana', 'datadog', 'splunk', 'excel', 'figma', 'jira', 'salesforce', 'sagemaker', 'mlflow', 'kubeflow', 'ray',
  'cuda', 'onnx', 'triton', 'opencv', 'huggingface', 'transformers', 'xgboost', 'lightgbm',
  'github', 'gitlab', 'circleci', 'playwright', 'cypress', 'selenium', 'jest', 'pytest', 'junit', 'vitest', 'mocha',
  'storybook', 'pulumi', 'cloudformation', 'opentelemetry', 'dagster', 'kinesis', 'moodle', 'docebo', 'totara',
]);

/**
 * Technologies named by an ordinary English word: in prose written in lower
 * case they are that word ("I excel at", "spark a culture", "each node"), and
 * a technology only where written as a name (Excel, Spark) or as a skill.
 */
export const WORD_LIKE: ReadonlySet<string> = new Set([
  'excel', 'spark', 'swift', 'rust', 'ruby', 'rails', 'shell', 'bash', 'express', 'spring', 'hive', 'helm', 'dart',
  'flask', 'ray', 'node', 'presto', 'react', 'angular', 'flutter', 'triton', 'transformers', 'julia', 'snowflake', 'looker',
  'jest', 'mocha',
]);

/** Short names that are also ordinary words or letters: matched only where written as a skill. */
export const AMBIGUOUS_SHORT: ReadonlySet<string> = new Set(['go', 'r', 'c', 'd', 'v', 'j']);
