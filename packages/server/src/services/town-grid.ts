// Nearest town to a point, exact (same answer as nearestTown over every town) but without a haversine
// per town: towns sit in a dense grid of small cells; rings of cells around the point are scanned with a
// cheap flat-earth distance until no unscanned cell can be closer, and only the towns within a safety
// margin of the best flat distance get the exact haversine.
import { haversineMeters, nearestTown, type Town } from '@tsunagu/schema';

const CELL_DEG = 0.005; // ≈ 560 m north–south, ≈ 450 m east–west at Yokohama's latitude
const METERS_PER_DEG = 111_195; // haversineMeters' Earth radius × π / 180
/**
 * Flat distance (longitude scaled by cos of the query's latitude) vs haversine: within ~1 % for points
 * less than ~1° of latitude apart at these latitudes. The margin is far wider, so the true nearest
 * town is always among the haversine candidates.
 */
const RELATIVE_MARGIN = 0.05;
const ABSOLUTE_MARGIN_M = 20;
/** queries farther than this from the towns' bounding box use the full scan (the margin above needs it) */
const FAST_PATH_REACH_DEG = 0.5;

export class TownGrid {
  private readonly points: { town: Town; index: number; lat: number; lng: number }[] = [];
  private readonly cells: number[][] = []; // indexes into points, row-major
  private readonly row0: number = 0;
  private readonly col0: number = 0;
  private readonly rows: number = 0;
  private readonly cols: number = 0;

  constructor(private readonly towns: Town[]) {
    towns.forEach((town, index) => {
      if (town.lat !== null && town.lng !== null)
        this.points.push({ town, index, lat: town.lat, lng: town.lng });
    });
    if (this.points.length === 0) return;
    const rowOf = (lat: number) => Math.floor(lat / CELL_DEG);
    const colOf = (lng: number) => Math.floor(lng / CELL_DEG);
    this.row0 = Math.min(...this.points.map((p) => rowOf(p.lat)));
    this.col0 = Math.min(...this.points.map((p) => colOf(p.lng)));
    this.rows = Math.max(...this.points.map((p) => rowOf(p.lat))) - this.row0 + 1;
    this.cols = Math.max(...this.points.map((p) => colOf(p.lng))) - this.col0 + 1;
    this.cells = Array.from({ length: this.rows * this.cols }, () => []);
    this.points.forEach((p, i) =>
      this.cells[(rowOf(p.lat) - this.row0) * this.cols + (colOf(p.lng) - this.col0)]!.push(i),
    );
  }

  nearest(p: { lat: number; lng: number }): { town: Town; distance_m: number } | null {
    if (this.points.length === 0) return null;
    const row = Math.floor(p.lat / CELL_DEG) - this.row0;
    const col = Math.floor(p.lng / CELL_DEG) - this.col0;
    const reach = FAST_PATH_REACH_DEG / CELL_DEG;
    if (
      !Number.isFinite(row) ||
      !Number.isFinite(col) ||
      row < -reach ||
      col < -reach ||
      row > this.rows + reach ||
      col > this.cols + reach
    )
      return nearestTown(this.towns, p);
    const kx = METERS_PER_DEG * Math.cos((p.lat * Math.PI) / 180);
    const ky = METERS_PER_DEG;
    const ringStep = CELL_DEG * Math.min(kx, ky); // an unscanned ring is at least this much farther
    const flat: { i: number; d: number }[] = [];
    let best = Infinity;
    // rings r = 0, 1, 2…: the cells at Chebyshev distance r from the point's cell, clipped to the grid
    const maxRing = Math.max(row, this.rows - 1 - row, col, this.cols - 1 - col, 0);
    for (let r = 0; r <= maxRing; r++) {
      // every town in ring r or beyond is at least (r - 1) cells away from the point
      if ((r - 1) * ringStep > best * (1 + RELATIVE_MARGIN) + ABSOLUTE_MARGIN_M) break;
      for (let y = row - r; y <= row + r; y++) {
        if (y < 0 || y >= this.rows) continue;
        const edge = y === row - r || y === row + r;
        for (let x = col - r; x <= col + r; x += edge ? 1 : 2 * r || 1) {
          if (x < 0 || x >= this.cols) continue;
          for (const i of this.cells[y * this.cols + x]!) {
            const t = this.points[i]!;
            const dx = (t.lng - p.lng) * kx;
            const dy = (t.lat - p.lat) * ky;
            const d = Math.sqrt(dx * dx + dy * dy);
            flat.push({ i, d });
            if (d < best) best = d;
          }
        }
      }
    }
    // exact haversine for the candidates near the best; ties go to the earlier town, as in nearestTown
    const limit = best * (1 + RELATIVE_MARGIN) + ABSOLUTE_MARGIN_M;
    let winner: { town: Town; index: number; distance_m: number } | null = null;
    for (const { i, d } of flat) {
      if (d > limit) continue;
      const t = this.points[i]!;
      const distance_m = haversineMeters(p, t);
      if (
        !winner ||
        distance_m < winner.distance_m ||
        (distance_m === winner.distance_m && t.index < winner.index)
      )
        winner = { town: t.town, index: t.index, distance_m };
    }
    return winner && { town: winner.town, distance_m: winner.distance_m };
  }
}
