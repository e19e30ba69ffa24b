/**
 * Generic data tables for splitting glued chips. Terms written in camel case
 * on purpose (brands, tools, formats) are never split at their inner capital;
 * common compounds the English word list lacks count as words.
 */
export const CAMEL_TERMS: readonly string[] = [
  'JavaScript', 'TypeScript', 'CoffeeScript', 'ActionScript', 'PostScript', 'GitHub', 'GitLab', 'BitBucket', 'PyTorch',
  'TensorFlow', 'PostgreSQL', 'MySQL', 'NoSQL', 'GraphQL', 'SQLite', 'MongoDB', 'DynamoDB', 'CouchDB', 'CockroachDB',
  'InfluxDB', 'RocksDB', 'LevelDB', 'BigQuery', 'BigTable', 'ClickHouse', 'OpenSearch', 'ElasticSearch', 'RabbitMQ',
  'ZeroMQ', 'ActiveMQ', 'OpenAI', 'DeepMind', 'LinkedIn', 'YouTube', 'WhatsApp', 'TikTok', 'PayPal', 'eBay', 'iPhone',
  'iPad', 'iPod', 'iMac', 'iOS', 'iPadOS', 'macOS', 'tvOS', 'watchOS', 'visionOS', 'AirPods', 'FaceTime', 'PlayStation',
  'DevOps', 'MLOps', 'DataOps', 'FinOps', 'SecOps', 'DevSecOps', 'GitOps', 'AIOps', 'NumPy', 'SciPy', 'SymPy', 'LaTeX',
  'WordPress', 'SharePoint', 'PowerPoint', 'PowerShell', 'OneDrive', 'QuickBooks', 'HubSpot', 'FastAPI', 'NestJS',
  'NodeJS', 'NextJS', 'VMware', 'CloudFormation', 'CloudFront', 'CloudWatch', 'OpenShift', 'OpenStack', 'WebAssembly',
  'WebGL', 'WebGPU', 'WebRTC', 'WebSocket', 'WebSockets', 'OAuth', 'OpenID', 'gRPC', 'McKinsey', 'McDonald', 'MacBook',
  'SaaS', 'PaaS', 'IaaS', 'FaaS', 'DBaaS', 'QoS', 'QoE', 'PoC', 'DoD', 'PhD', 'MSc', 'BSc', 'iGaming', 'eCommerce',
  'eSports', 'xAI', 'mRNA', 'CoreML', 'ARKit', 'SwiftUI', 'UIKit', 'JUnit', 'XCTest', 'CircleCI', 'TravisCI',
  'AppSec', 'InfoSec', 'GenAI', 'LLMOps', 'DeFi', 'GameDev', 'DevRel', 'DevEx', 'NetSuite', 'ServiceNow', 'FinTech', 'EdTech', 'HealthTech', 'AdTech', 'MarTech', 'PropTech', 'InsurTech', 'LegalTech',
  // Legal forms written after a company's name.
  'GmbH', 'gGmbH', 'KGaA', 'SpA', 'SaRL', 'SàRL', 'AöR', 'BVBA',
];

/** Terms whose punctuation belongs to them: `C++rendering` is C++ then rendering. */
export const SYMBOL_TERMS: readonly string[] = [
  'C++', 'C#', 'F#', 'J#', '.NET', 'ASP.NET', 'CI/CD', 'A/B', 'UI/UX', 'AI/ML', 'TCP/IP', 'R&D', 'P&L', 'M&A', 'Q&A',
  'Node.js', 'Vue.js', 'Next.js', 'Nuxt.js', 'Three.js', 'D3.js', 'Express.js',
];

export const COMPOUND_WORDS: readonly string[] = [
  'frontend', 'backend', 'fullstack', 'devops', 'microservice', 'microservices', 'dataset', 'datasets', 'onboarding',
  'blockchain', 'fintech', 'edtech', 'adtech', 'kubernetes', 'toolchain', 'codebase', 'livestream', 'livestreaming',
  'dashboard', 'dashboards', 'chatbot', 'chatbots', 'serverless', 'middleware', 'firmware', 'geospatial',
  'cybersecurity', 'ecommerce', 'esports', 'upskilling', 'reskilling', 'hackathon', 'hackathons', 'api', 'apis',
];
