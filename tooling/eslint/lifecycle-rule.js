// One write path for attempts and answers (ARCHITECTURE.md, "The attempt lifecycle"): only
// packages/api/src/attempts/ writes Attempt and Answer rows; everyone else calls its functions. The
// rule reads the syntax tree, so line breaks, aliases of the client (`tx`, `db`, `prisma`) and raw SQL
// in tagged templates are all seen. It flags:
//   - a Prisma write on the attempt or answer model: `x.attempt.update(…)`, `x.answer.deleteMany(…)`;
//   - a nested write through a relation: `{ attempts: { create: … } }`, `{ answer: { update: … } }`;
//   - raw SQL that writes the tables: UPDATE / INSERT INTO / DELETE FROM / MERGE INTO "Attempt" | "Answer";
//   - deleting a row whose cascade deletes attempts (Assignment, Class, User): delete the attempts
//     through attempts/ first, then disable the rule on that line with the reason.

const MODELS = new Set(["attempt", "answer"]);
const RELATIONS = new Set(["attempt", "attempts", "answer", "answers"]);
const CASCADING = new Set(["assignment", "class", "user"]);
const WRITES = new Set([
  "create",
  "createMany",
  "createManyAndReturn",
  "update",
  "updateMany",
  "updateManyAndReturn",
  "upsert",
  "delete",
  "deleteMany",
]);
const NESTED_WRITES = new Set([...WRITES, "connectOrCreate"]);
// Through a to-many relation (`attempts`, `answers`) these also rewrite the children's keys; through a
// to-one relation (`attempt`, `answer`) they change the row that points, not the attempt or answer.
const TO_MANY_WRITES = new Set([...NESTED_WRITES, "set", "connect", "disconnect"]);
const DELETES = new Set(["delete", "deleteMany"]);
const RAW_WRITE = /\b(UPDATE|INSERT\s+INTO|DELETE\s+FROM|MERGE\s+INTO)\s+(ONLY\s+)?"(Attempt|Answer)"/i;

const nameOf = (node) =>
  node?.type === "Identifier" ? node.name : node?.type === "Literal" ? String(node.value) : undefined;

const writeOf = (callee) => {
  if (callee.type !== "MemberExpression" || callee.object.type !== "MemberExpression") return null;
  return { method: nameOf(callee.property), model: nameOf(callee.object.property) };
};

const ownsWrite = (text) => RAW_WRITE.test(text);

const rule = {
  meta: {
    type: "problem",
    docs: { description: "Attempt and Answer rows are written only in packages/api/src/attempts/." },
    messages: {
      call: "Only packages/api/src/attempts/ writes {{model}} rows: call (or add) a function there instead of `{{model}}.{{method}}`.",
      nested:
        "Only packages/api/src/attempts/ writes attempts and answers: no nested `{{relation}}: { {{method}} }` write here.",
      raw: "Only packages/api/src/attempts/ writes the Attempt and Answer tables: move this statement into a function there.",
      cascade:
        "Deleting a row of `{{model}}` deletes attempts by cascade: delete them through packages/api/src/attempts/ first, then disable this rule here with the reason.",
    },
    schema: [],
  },
  create(context) {
    return {
      CallExpression(node) {
        const write = writeOf(node.callee);
        if (!write) return;
        if (MODELS.has(write.model) && WRITES.has(write.method)) {
          context.report({ node, messageId: "call", data: write });
        } else if (CASCADING.has(write.model) && DELETES.has(write.method)) {
          context.report({ node, messageId: "cascade", data: write });
        }
      },
      Property(node) {
        const relation = nameOf(node.key);
        if (!RELATIONS.has(relation) || node.value.type !== "ObjectExpression") return;
        for (const inner of node.value.properties) {
          const method = inner.type === "Property" ? nameOf(inner.key) : undefined;
          const writes = relation.endsWith("s") ? TO_MANY_WRITES : NESTED_WRITES;
          if (writes.has(method))
            context.report({ node: inner, messageId: "nested", data: { relation, method } });
        }
      },
      TemplateLiteral(node) {
        // The text around the ${…} holes, joined, so a statement split by a hole is still read whole.
        if (ownsWrite(node.quasis.map((q) => q.value.cooked ?? q.value.raw).join(" "))) {
          context.report({ node, messageId: "raw" });
        }
      },
      Literal(node) {
        if (typeof node.value === "string" && ownsWrite(node.value))
          context.report({ node, messageId: "raw" });
      },
    };
  },
};

export const lifecyclePlugin = { rules: { "writes-in-attempts": rule } };

/** The rule, for a package's source outside the attempt lifecycle folder and outside tests and seeds. */
export const lifecycleWrites = [
  {
    name: "lifecycle/writes-in-attempts",
    files: ["src/**/*.ts", "src/**/*.tsx"],
    ignores: ["src/attempts/**", "**/*.test.ts", "**/*.typecheck.ts", "**/seed*.ts"],
    plugins: { lifecycle: lifecyclePlugin },
    rules: { "lifecycle/writes-in-attempts": "error" },
  },
];
