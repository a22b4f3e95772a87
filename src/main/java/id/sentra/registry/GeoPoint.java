package id.sentra.registry;

/** WGS84 coordinates in decimal degrees; used for distances to a buyer's plant. */
public record GeoPoint(double latitude, double longitude) {

    private static final double EARTH_RADIUS_KM = 6371.0;

    public GeoPoint {
        if (latitude < -90 || latitude > 90 || longitude < -180 || longitude > 180) {
            throw new IllegalArgumentException("Coordinates out of range: " + latitude + ", " + longitude);
        }
    }

    /** Great-circle distance by the haversine formula. */
    public double kilometresTo(GeoPoint other) {
        return kilometres(latitude, longitude, other.latitude, other.longitude);
    }

    /** The same distance between two points given as bare coordinates, for tables of many members. */
    static double kilometres(double latitude, double longitude, double otherLatitude, double otherLongitude) {
        double dLat = Math.toRadians(otherLatitude - latitude);
        double dLon = Math.toRadians(otherLongitude - longitude);
        double a = Math.pow(Math.sin(dLat / 2), 2)
                + Math.cos(Math.toRadians(latitude)) * Math.cos(Math.toRadians(otherLatitude)) * Math.pow(Math.sin(dLon / 2), 2);
        return 2 * EARTH_RADIUS_KM * Math.asin(Math.sqrt(a));
    }
}
