// Builds a deterministic folder of realistic retros for the benchmark: several
// years, roles, interviewers and multi-paragraph answers, written by the
// real writer (dist/) so the files are exactly what users get.
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "yaml";
import { retroRelativePath } from "../dist/domain/naming.js";
import { buildRetro } from "../dist/domain/retro.js";
import { retroToYaml } from "../dist/domain/retro-yaml.js";
import { prng } from "./prng.mjs";

export { prng };

const ROLES = ["backend", "frontend", "data", "mobile", "sre", "fullstack", "security", "ml"];
const STAGES = ["technical", "system-design", "pairing", "onsite", "screen"];
const TAGS = [
  "remote",
  "onsite",
  "pairing",
  "take-home",
  "junior",
  "senior",
  "lead",
  "french",
  "english",
];
const FIRST = [
  "Alex",
  "Sam",
  "Camille",
  "Jordan",
  "Noor",
  "Yuki",
  "Léa",
  "Omar",
  "Priya",
  "Tomás",
  "Ines",
  "Kofi",
];
const LAST = [
  "Martin",
  "Bernard",
  "Dubois",
  "Okafor",
  "Tanaka",
  "García",
  "Singh",
  "Novak",
  "Rossi",
  "Haddad",
];
const OPENERS = [
  "The first sign of difficulty showed during the warm-up",
  "Looking back, the candidate hesitated as soon as we reached the data model",
  "We only noticed the struggle after twenty minutes",
  "The candidate explained the concepts well but stalled on the implementation",
  "Nothing looked wrong until the follow-up question about trade-offs",
  "The silence after the second question was the first clue",
];
const MIDDLES = [
  "when we asked about indexing strategies for a large table",
  "while sketching the architecture of the notification service",
  "during the code review of the pagination endpoint",
  "in the role play where they had to explain a design to a product manager",
  "on the what-if scenario about a failing payment provider",
  "when the discussion moved to caching and invalidation",
  "while debugging the flaky integration test together",
  "when we asked them to compare queues and event streams",
];
const CLOSERS = [
  "Next time we should start from their own last project.",
  "Asking them to think aloud earlier would have shown it sooner.",
  "A smaller first exercise would let us calibrate the level.",
  'We should make it explicit that "I don\'t know" is an acceptable answer.',
  "Changing direction at that point would have helped both of us.",
  "We could have moved to soft skills instead of pushing on the same topic.",
];
const EXTRA = [
  "They mentioned Kafka and stream processing experience that we never explored.",
  "Their background in mobile performance was a strength we did not use.",
  "The system design question was too broad for a forty-five minute slot.",
  "The LRU cache question felt like a cliché and did not tell us much.",
  "Depth over breadth: we jumped between too many topics.",
  "They asked excellent questions about our deployment pipeline.",
  "We learned something from the candidate about property-based testing.",
  "The take-home review gave concrete material to discuss.",
  "They found the race condition in the cache but not the fix.",
  "The child process question went well; the parent process cleanup did not.",
  "The disabled button state and the union type in the form were handled well.",
  "The age of the legacy codebase made the refactoring exercise unfair.",
  "I don't know was said twice, and we moved on without judgement.",
  "Latency went from 120 ms to 45 ms after they added an index on the orders table.",
];

/** Named technologies: each comes up in a few percent of retros, like a real search term. */
const TECH = [
  "Kubernetes",
  "Terraform",
  "GraphQL",
  "PostgreSQL",
  "Redis",
  "Elasticsearch",
  "RabbitMQ",
  "gRPC",
  "WebAssembly",
  "Svelte",
  "Django",
  "Spring",
  "Rust",
  "Golang",
  "Airflow",
  "Snowflake",
  "dbt",
  "Flink",
  "Cassandra",
  "DynamoDB",
  "Prometheus",
  "OpenTelemetry",
  "Istio",
  "Nomad",
  "Vault",
  "Pulumi",
  "Ansible",
  "SwiftUI",
  "Jetpack",
  "Electron",
];

const pick = (rand, list) => list[Math.floor(rand() * list.length)];

function paragraph(rand) {
  const sentences = [
    `${pick(rand, OPENERS)} ${pick(rand, MIDDLES)}.`,
    pick(rand, EXTRA),
    pick(rand, CLOSERS),
  ];
  if (rand() < 0.15)
    sentences.splice(1, 0, `We talked about their ${pick(rand, TECH)} experience.`);
  return sentences.join(" ");
}

function text(rand) {
  const count = 1 + Math.floor(rand() * 3);
  return Array.from({ length: count }, () => paragraph(rand)).join("\n\n");
}

// The shipped default template, as new would use it.
const template = parse(readFileSync(new URL("../templates/default.yaml", import.meta.url), "utf8"));

/** Writes `count` retros spread over the `years` years before `today`; returns the folder. */
export function buildCorpus(
  dir,
  { count = 10_000, today = new Date(Date.UTC(2026, 10, 27)), years = 5, seed = 2026 } = {},
) {
  const rand = prng(seed);
  const verdicts = ["yes", "partly", "no"];
  for (let i = 0; i < count; i++) {
    const day = new Date(today.getTime() - Math.floor(rand() * years * 365) * 86_400_000);
    const date = day.toISOString().slice(0, 10);
    const role = pick(rand, ROLES);
    const candidate = `ats-${10_000 + i}`;
    const id = `${date}-${role}-${candidate}-${i.toString(36).padStart(4, "0")}`;
    const retro = buildRetro({
      id,
      template,
      context: {
        date,
        candidate,
        role,
        stage: pick(rand, STAGES),
        interviewer: `${pick(rand, FIRST)} ${pick(rand, LAST)}`,
        tags: [...new Set([pick(rand, TAGS), pick(rand, TAGS)])].slice(
          0,
          1 + Math.floor(rand() * 2),
        ),
      },
      answers: {
        spot_difficulty_earlier: { text: text(rand) },
        questions_appropriate: { verdict: pick(rand, verdicts), text: text(rand) },
        candidate_strengths: {
          verdict: pick(rand, verdicts),
          text: rand() < 0.8 ? text(rand) : undefined,
        },
      },
      recordedAt: `${date}T17:${String(i % 60).padStart(2, "0")}:00+01:00`,
      retentionDays: 180,
    });
    const path = join(dir, retroRelativePath(id));
    mkdirSync(join(dir, date.slice(0, 4)), { recursive: true });
    writeFileSync(path, retroToYaml(retro));
  }
  return dir;
}
