export { launchPlatform, repoRoot, type Platform } from "./launch.ts";
