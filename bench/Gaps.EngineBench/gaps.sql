-- The same per-slot gaps as SlotComparison, for one tenant, in one straightforward query:
-- every need and every opening expanded to its 15-minute slots (generate_series), two-step
-- floating catchment per slot with the same serving-distance rule (own area, or centre within
-- the category's km, haversine), then content/time/capacity per slot with demand, and feature
-- gaps for needs no serving offer can take (short-term, language).
WITH catchment AS (
    SELECT o.id AS offer_id, o.category, a.code AS area
    FROM offers o
    JOIN serving_km k ON k.category = o.category
    JOIN areas a ON a.code = o.area_code
        OR (a.lat IS NOT NULL AND 2 * 6371.0088 * asin(least(1, sqrt(
                power(sin(radians(a.lat - o.lat) / 2), 2)
                + cos(radians(o.lat)) * cos(radians(a.lat)) * power(sin(radians(a.lon - o.lon) / 2), 2)))) <= k.km)
),
demand AS (
    SELECT n.category, n.area_code AS area, s.t, sum(n.persons) AS persons
    FROM needs n
    JOIN need_slots r ON r.need_id = n.id
    CROSS JOIN LATERAL generate_series(r.from_slot, r.to_slot - 1) AS s(t)
    GROUP BY n.category, n.area_code, s.t
),
-- MATERIALIZED: used once, it would be inlined, and the planner then re-joins the whole catchment
-- and re-sorts the demand for every opening range (a run of more than 12 minutes for a big city).
open_slot AS MATERIALIZED (
    SELECT o.id AS offer_id, o.free_places, s.t
    FROM offers o
    JOIN offer_slots r ON r.offer_id = o.id
    CROSS JOIN LATERAL generate_series(r.from_slot, r.to_slot - 1) AS s(t)
),
-- step 1: the demand within reach of each open offer in each slot
reach AS (
    SELECT os.offer_id, os.t, os.free_places, coalesce(sum(d.persons), 0) AS total
    FROM open_slot os
    JOIN catchment c ON c.offer_id = os.offer_id
    LEFT JOIN demand d ON d.category = c.category AND d.area = c.area AND d.t = os.t
    GROUP BY os.offer_id, os.t, os.free_places
),
-- step 2: each open offer's free places shared among the areas it serves, by their demand in that slot
supply AS (
    SELECT c.category, c.area, r.t,
           sum(CASE WHEN r.total > 1e-9 AND r.free_places > 0 THEN r.free_places * d.persons / r.total ELSE 0 END) AS places
    FROM reach r
    JOIN catchment c ON c.offer_id = r.offer_id
    JOIN demand d ON d.category = c.category AND d.area = c.area AND d.t = r.t
    GROUP BY c.category, c.area, r.t
),
served AS (SELECT DISTINCT category, area FROM catchment),
shortfall AS (
    SELECT d.category, d.area,
           CASE WHEN sv.area IS NULL THEN 'content' WHEN s.area IS NULL THEN 'time' ELSE 'capacity' END AS kind,
           CASE WHEN s.area IS NULL THEN d.persons ELSE greatest(0, d.persons - s.places) END AS persons
    FROM demand d
    LEFT JOIN served sv ON sv.category = d.category AND sv.area = d.area
    LEFT JOIN supply s ON s.category = d.category AND s.area = d.area AND s.t = d.t
),
serving AS (
    SELECT c.category, c.area, bool_or(o.takes_short_term) AS short_term,
           array_agg(DISTINCT l.language) AS languages
    FROM catchment c
    JOIN offers o ON o.id = c.offer_id
    CROSS JOIN LATERAL unnest(CASE WHEN cardinality(o.languages) = 0 THEN ARRAY['de'] ELSE o.languages END) AS l(language)
    GROUP BY c.category, c.area
),
feature AS (
    SELECT n.category, n.area_code AS area, 'feature' AS kind, s.t, sum(n.persons) AS persons
    FROM needs n
    JOIN serving sv ON sv.category = n.category AND sv.area = n.area_code
    JOIN need_slots r ON r.need_id = n.id
    CROSS JOIN LATERAL generate_series(r.from_slot, r.to_slot - 1) AS s(t)
    WHERE (n.temporary AND NOT sv.short_term) OR (cardinality(n.languages) > 0 AND NOT n.languages && sv.languages)
    GROUP BY n.category, n.area_code, s.t
)
SELECT category, area, kind, sum(persons) * 0.25 AS person_hours, max(persons) AS peak_persons, count(*) AS slots
FROM (SELECT category, area, kind, persons FROM shortfall
      UNION ALL
      SELECT category, area, kind, persons FROM feature) AS per_slot
WHERE persons > 1e-9
GROUP BY category, area, kind
ORDER BY category, area, kind;
