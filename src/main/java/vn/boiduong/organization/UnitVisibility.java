package vn.boiduong.organization;

/**
 * Whether the signed-in user may see a unit. The identity module, which knows who is signed in,
 * implements it; the organization pages ask it without depending on identity (no module cycle).
 */
public interface UnitVisibility {

	boolean canSee(Long unitId);

}
