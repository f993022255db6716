// Open-now and "opens at" words change as the clock moves: widgets that show them render again each
// minute while connected. A widget given a fixed instant (stories, tests) does not tick.
import type { ReactiveController, ReactiveControllerHost } from 'lit';

export class MinuteClock implements ReactiveController {
  private timer: ReturnType<typeof setInterval> | undefined;

  constructor(
    private readonly host: ReactiveControllerHost,
    /** True when the host shows a fixed instant rather than the real time. */
    private readonly fixed: () => boolean,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.timer = setInterval(() => {
      if (!this.fixed()) this.host.requestUpdate();
    }, 60_000);
  }

  hostDisconnected(): void {
    clearInterval(this.timer);
    this.timer = undefined;
  }
}
