import { publishDifference, publishRate } from "./rates.ts";
import { publishCount } from "./rules.ts";
import { value, type Published } from "./published.ts";

/**
 * Below this many places a location's capacity identifies children: "6 places, 6 occupied" at a small
 * closed-care location tells a village who lives there. Its places are then treated as a count of
 * children (shown as "<10"), like the children themselves.
 */
export const SMALL_LOCATION_PLACES = 10;

export interface Occupancy {
  places: number;
  occupied: number;
}

export interface PublishedOccupancy {
  places: Published;
  occupied: Published;
  free: Published;
  rate: Published;
}

/**
 * Places, occupied places (always a count of children), free places and the occupancy rate, each
 * derived from the published parts so that no pair of them gives back a hidden one.
 */
export function publishOccupancy({ places, occupied }: Occupancy): PublishedOccupancy {
  if (!Number.isInteger(places) || places < 0) throw new RangeError(`Places are a whole number of zero or more, not ${places}.`);
  const publishedPlaces = places < SMALL_LOCATION_PLACES ? publishCount(places) : value(places);
  const publishedOccupied = publishCount(occupied);
  return {
    places: publishedPlaces,
    occupied: publishedOccupied,
    free: publishDifference(publishedPlaces, publishedOccupied),
    rate: publishRate(publishedOccupied, publishedPlaces),
  };
}
