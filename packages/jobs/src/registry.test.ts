import { readdirSync } from "node:fs";
import { UnrecoverableError } from "bullmq";
import { describe, expect, it, vi } from "vitest";
import { z } from "zod";
import { createDatabase } from "@jeugdregie/db";
import { JOB_DEFINITIONS } from "./definitions/index.ts";
import { workerIdentity } from "./heartbeat.ts";
import type { JobDefinition, JobDeps } from "./job.ts";
import { createProcessors, jobData } from "./registry.ts";

// Real handlers never run in these tests (a refused job never reaches one): the pool never connects.
const deps: JobDeps = {
  db: createDatabase("postgres://nobody@127.0.0.1:1/none"),
  cipher: { encrypt: (text) => text, decrypt: (text) => text },
  mail: null,
  identity: workerIdentity(),
  rematch: async () => undefined,
};
const quietLogger = () => ({ error: vi.fn() });
const byName = new Map(JOB_DEFINITIONS.map((d) => [d.name, d]));

describe("the list of job definitions", () => {
  it("holds every definition file, each once", async () => {
    const dir = new URL("./definitions/", import.meta.url);
    const files = readdirSync(dir).filter((f) => f.endsWith(".ts") && f !== "index.ts" && !f.endsWith(".test.ts"));
    expect(files.length).toBeGreaterThan(0);
    for (const file of files) {
      const module = (await import(new URL(file, dir).href)) as Record<string, unknown>;
      const defined = Object.values(module).filter((v): v is JobDefinition => typeof v === "object" && v !== null && "handle" in v);
      expect(defined, file).toHaveLength(1);
      expect(JOB_DEFINITIONS, file).toContain(defined[0]);
    }
    expect(JOB_DEFINITIONS).toHaveLength(files.length);
    expect(new Set(JOB_DEFINITIONS.map((d) => `${d.queue}/${d.name}`)).size).toBe(JOB_DEFINITIONS.length);
  });
});

describe.each(JOB_DEFINITIONS.map((d) => [d.name, d] as const))("job %s", (_name, definition) => {
  it("is registered by the worker's processors on its queue", async () => {
    const logger = quietLogger();
    const processors = createProcessors(JOB_DEFINITIONS, deps, logger);
    const process = processors.get(definition.queue);
    expect(process).toBeDefined();
    // Found by name (a stranger's name would be "unknown job"), then refused on its payload.
    await expect(process!({ id: "1", name: definition.name, data: { version: definition.version, bogus: 1 } })).rejects.toThrow(
      /invalid payload/,
    );
    expect(logger.error).toHaveBeenCalledWith(expect.objectContaining({ job: definition.name, reason: "invalid payload" }), "job refused");
  });

  it("has a schema that refuses a bad payload, and enqueueing one throws", () => {
    for (const bad of [null, "x", { bogus: "x" }]) expect(definition.payload.safeParse(bad).success, JSON.stringify(bad)).toBe(false);
    expect(() => jobData(definition, { bogus: "x" })).toThrow(z.ZodError);
  });

  it("refuses and logs a job with another version, without a retry and without running it", async () => {
    const logger = quietLogger();
    const handle = vi.fn();
    const processors = createProcessors([{ ...definition, handle }], deps, logger);
    const error = await processors.get(definition.queue)!({
      id: "7",
      name: definition.name,
      data: { version: definition.version + 1 },
    }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UnrecoverableError);
    expect(String(error)).toMatch(/unknown version/);
    expect(handle).not.toHaveBeenCalled();
    expect(logger.error).toHaveBeenCalledWith(
      expect.objectContaining({
        queue: definition.queue,
        job: definition.name,
        jobId: "7",
        reason: "unknown version",
        version: definition.version + 1,
      }),
      "job refused",
    );
  });
});

describe("the processors", () => {
  it("refuse a job nobody defines, and a job without a version", async () => {
    const logger = quietLogger();
    const heartbeat = byName.get("heartbeat")!;
    const process = createProcessors(JOB_DEFINITIONS, deps, logger).get(heartbeat.queue)!;
    await expect(process({ id: "1", name: "no-such-job", data: { version: 1 } })).rejects.toThrow(/unknown job/);
    await expect(process({ id: "2", name: heartbeat.name, data: {} })).rejects.toThrow(/unknown version/);
    expect(logger.error).toHaveBeenCalledTimes(2);
  });

  it("run a valid job's handler with its parsed payload, without the version", async () => {
    const handle = vi.fn(async () => "done");
    const definition = byName.get("rematch-waiting")!;
    const process = createProcessors([{ ...definition, handle }], deps, quietLogger()).get(definition.queue)!;
    const regionId = "5d2c8f0e-1f2a-4b3c-8d4e-5f6a7b8c9d0e";
    await expect(process({ id: "1", name: definition.name, data: jobData(definition, { regionId }) })).resolves.toBe("done");
    expect(handle).toHaveBeenCalledWith({ regionId }, deps);
  });

  it("refuse two definitions of one job", () => {
    const definition = JOB_DEFINITIONS[0]!;
    expect(() => createProcessors([definition, { ...definition }], deps, quietLogger())).toThrow(/defined twice/);
  });
});
