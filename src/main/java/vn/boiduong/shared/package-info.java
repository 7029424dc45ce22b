/**
 * What every module uses: the page layout, messages, error pages, paging, the embedded database of
 * the default run, and the "việc cần làm" contributions that modules make to the home page.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package vn.boiduong.shared;
