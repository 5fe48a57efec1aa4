import { stopSharedChromium } from "./chromium-server";

export default () => stopSharedChromium();
