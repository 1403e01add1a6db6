// The baseline of `pnpm bench`'s HTTP part: node:http and graphql-js's `graphql()` over Yakkan's
// own schema (api/schema.graphql), every root field answering a constant (the answer the real server
// gave, passed in BARE_ANSWERS). Whatever Yakkan spends beyond this is its request path and its work.
// Prints "listening on http://…" like the real server.
import { readFileSync } from "node:fs";
import { createServer } from "node:http";
import { buildSchema, graphql } from "graphql";

const schema = buildSchema(readFileSync(new URL("../schema.graphql", import.meta.url), "utf8"));
const answers = JSON.parse(process.env["BARE_ANSWERS"] ?? "{}") as Record<string, unknown>;
const rootValue = Object.fromEntries(Object.entries(answers).map(([field, value]) => [field, () => value]));

const server = createServer((req, res) => {
  const chunks: Buffer[] = [];
  req.on("data", (chunk: Buffer) => chunks.push(chunk));
  req.on("end", () => {
    const { query, variables } = JSON.parse(Buffer.concat(chunks).toString("utf8")) as {
      query: string;
      variables?: Record<string, unknown>;
    };
    void graphql({ schema, source: query, rootValue, variableValues: variables }).then((result) => {
      const body = JSON.stringify(result);
      res.writeHead(200, {
        "content-type": "application/json; charset=utf-8",
        "content-length": Buffer.byteLength(body),
      });
      res.end(body);
    });
  });
});
server.listen(0, "127.0.0.1", () => {
  const address = server.address();
  console.info(
    `bare graphql-js listening on http://127.0.0.1:${typeof address === "object" && address ? address.port : 0}`,
  );
});
process.on("SIGTERM", () => server.close(() => process.exit(0)));
