export * from "./components.tsx";
