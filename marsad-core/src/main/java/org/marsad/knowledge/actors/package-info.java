/**
 * The actor registry: armed groups, state forces, ACLED generic actors, leaders and media outlets of the
 * Syrian, Iraqi, Yemeni and Libyan wars, with their Arabic and English names and the dated links between
 * them. {@link org.marsad.knowledge.actors.ActorRegistry} loads it.
 *
 * <p>The data lives in UTF-8 TSV files beside these classes, listed in {@code index.txt}; the header comment
 * of {@code index.txt} describes the format for analysts. Canonical names and actor types follow the ACLED
 * codebook ("Actors"); a state's forces acting outside their own country are External/Other forces.
 */
package org.marsad.knowledge.actors;
