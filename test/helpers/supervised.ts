import { spawn, type ChildProcess } from "node:child_process";
import { createServer } from "node:net";
import { fileURLToPath } from "node:url";

const START = fileURLToPath(new URL("../../scripts/start.mjs", import.meta.url));

/** A port nobody listens on right now (the supervisor restarts the server on the same one). */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const address = probe.address();
      const port = typeof address === "object" && address ? address.port : 0;
      probe.close(() => resolve(port));
    });
  });
}

export interface Supervised {
  url: string;
  /** The pids of the server processes started so far, in order. */
  serverPids(): number[];
  output(): string;
  /** Waits until a server process newer than `afterPid` listens and answers /healthz. */
  waitForServer(afterPid?: number): Promise<number>;
  stop(): Promise<void>;
}

/** `pnpm start`'s supervisor (scripts/start.mjs) with its server, as an operator runs it. */
export async function startSupervised(env: Record<string, string>): Promise<Supervised> {
  const port = await freePort();
  const child: ChildProcess = spawn(process.execPath, [START], {
    env: {
      ...process.env,
      DATABASE_URL: "",
      MIGRATION_DATABASE_URL: "",
      ...env,
      PORT: String(port),
      HOST: "127.0.0.1",
      NODE_ENV: "production",
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout?.on("data", (c: Buffer) => (output += c.toString()));
  child.stderr?.on("data", (c: Buffer) => (output += c.toString()));
  const url = `http://127.0.0.1:${port}`;
  const serverPids = () => [...output.matchAll(/listening on \S+ \(pid (\d+)/g)].map((m) => Number(m[1]));
  const supervised: Supervised = {
    url,
    serverPids,
    output: () => output,
    async waitForServer(afterPid = 0) {
      const deadline = Date.now() + 60_000;
      while (Date.now() < deadline) {
        if (child.exitCode !== null) throw new Error(`the supervisor exited with ${child.exitCode}:\n${output}`);
        const pid = serverPids().at(-1);
        if (pid && pid !== afterPid) {
          const healthy = await fetch(`${url}/healthz`).then(
            (r) => r.ok,
            () => false,
          );
          if (healthy) return pid;
        }
        await new Promise((r) => setTimeout(r, 50));
      }
      throw new Error(`no server answered in time:\n${output}`);
    },
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) {
          resolve();
          return;
        }
        const timer = setTimeout(() => child.kill("SIGKILL"), 15_000);
        child.once("exit", () => {
          clearTimeout(timer);
          resolve();
        });
        child.kill("SIGTERM");
      }),
  };
  await supervised.waitForServer();
  return supervised;
}
