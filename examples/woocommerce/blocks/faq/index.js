/**
 * Editor side of the shopcx/faq block. Plain JavaScript on the wp.* globals, no build step:
 * the preview is the server's own rendering (ServerSideRender), so it cannot drift from the page.
 */
( function ( wp ) {
	var el = wp.element.createElement;
	var __ = wp.i18n.__;
	var InspectorControls = wp.blockEditor.InspectorControls;
	var useBlockProps = wp.blockEditor.useBlockProps;

	wp.blocks.registerBlockType( 'shopcx/faq', {
		edit: function ( props ) {
			return el(
				'div',
				useBlockProps(),
				el(
					InspectorControls,
					null,
					el(
						wp.components.PanelBody,
						{ title: __( 'FAQ search', 'shopcx-woocommerce' ) },
						el( wp.components.TextControl, {
							label: __( 'Question answered before the visitor searches', 'shopcx-woocommerce' ),
							help: __( 'Optional, e.g. "returns" on a returns page.', 'shopcx-woocommerce' ),
							value: props.attributes.query,
							onChange: function ( value ) {
								props.setAttributes( { query: value } );
							}
						} )
					)
				),
				el( wp.serverSideRender, { block: 'shopcx/faq', attributes: props.attributes } )
			);
		},
		// Dynamic block: the server renders it on every page view.
		save: function () {
			return null;
		}
	} );
} )( window.wp );
