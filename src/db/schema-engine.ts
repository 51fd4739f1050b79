import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { PrismaLibSql } from "@prisma/adapter-libsql";
import { bindMigrationAwareSqlAdapterFactory } from "@prisma/driver-adapter-utils";
import type { SchemaEngine } from "@prisma/schema-engine-wasm";

type SchemaEngineModule = typeof import("@prisma/schema-engine-wasm/schema_engine_bg");

/** The part of the WebAssembly global we use (its types ship with the DOM lib, which we do not load). */
interface WasmApi {
  instantiate(
    bytes: Uint8Array,
    imports: Record<string, unknown>,
  ): Promise<{ instance: { exports: Record<string, unknown> } }>;
}
const { WebAssembly } = globalThis as unknown as { WebAssembly: WasmApi };

let loaded: Promise<SchemaEngineModule> | undefined;

/**
 * Loads Prisma's schema engine compiled to WebAssembly. It replaces the native binary that
 * `prisma migrate` would download, so migrations work offline. The package's ESM entry imports a
 * `.wasm` file, which Node cannot import: we instantiate it ourselves and hand it to the bindings.
 */
function loadSchemaEngineModule(): Promise<SchemaEngineModule> {
  loaded ??= (async () => {
    const require = createRequire(import.meta.url);
    const bindingsPath = require.resolve("@prisma/schema-engine-wasm/schema_engine_bg");
    const bindings: SchemaEngineModule = await import("@prisma/schema-engine-wasm/schema_engine_bg");
    const bytes = await readFile(bindingsPath.replace(/\.js$/, ".wasm"));
    const { instance } = await WebAssembly.instantiate(bytes, {
      "./schema_engine_bg.js": bindings,
    });
    bindings.__wbg_set_wasm(instance.exports);
    (instance.exports.__wbindgen_start as (() => void) | undefined)?.();
    return bindings;
  })();
  return loaded;
}

export interface SchemaEngineSession {
  engine: SchemaEngine;
  close(): void;
}

/** Opens a schema engine on the SQLite database at `url` (a `file:` URL or `:memory:`). */
export async function openSchemaEngine(
  url: string,
  schemaFiles: [path: string, content: string][],
  onLog: (line: string) => void = () => {},
): Promise<SchemaEngineSession> {
  const bindings = await loadSchemaEngineModule();
  const adapterFactory = bindMigrationAwareSqlAdapterFactory(new PrismaLibSql({ url }));
  const engine = await bindings.SchemaEngine.new({ datamodels: schemaFiles }, onLog, adapterFactory);
  return { engine, close: () => engine.free() };
}
