package vn.boiduong.organization;

/** A unit was created, renamed, moved or closed: what is derived from the tree must be read again. */
public record OrgUnitChanged(Long unitId) {
}
