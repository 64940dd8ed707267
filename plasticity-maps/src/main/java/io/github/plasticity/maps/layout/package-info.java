/**
 * Map layouts: the orderly S1-like homunculus ({@link
 * io.github.plasticity.maps.layout.SomatotopicLayout}) and the M1-like fractured, overlapping map
 * that emerges when a self-organising map ({@link
 * io.github.plasticity.maps.layout.SelfOrganisingMap}) lays a repertoire of multi-joint actions
 * ({@link io.github.plasticity.maps.layout.ActionRepertoire}) onto the sheet (Aflalo &amp; Graziano
 * 2006).
 */
package io.github.plasticity.maps.layout;
