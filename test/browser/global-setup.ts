import { type RunConfig, startSharedChromium } from "./chromium-server";

export default (config: RunConfig) => startSharedChromium(config);
